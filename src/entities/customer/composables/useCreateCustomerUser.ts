import { computed, reactive, ref } from 'vue'
import { createCustomerUser, getCustomerUser, getCustomerUserList } from '@/api/customers'
import { useReferenceStore } from '@/stores/reference'
import { isEmailAddress } from '@/utils/emailAddress'
import { selectedFromRecord, type SelectedCustomer } from '../customerNames'

export interface CustomerUserFormValues {
  firstname: string
  lastname: string
  email: string
  login: string
  customerId: string | null
  phone: string
  mobile: string
  comment: string
}

export type CustomerUserField = keyof CustomerUserFormValues
/** Field → i18n key of the message shown next to it. */
export type CustomerUserErrors = Partial<Record<CustomerUserField, string>>

const LOGIN = /^[^\s]+$/
const MAX_LENGTH = 150

export function emptyCustomerUser(): CustomerUserFormValues {
  return { firstname: '', lastname: '', email: '', login: '', customerId: null, phone: '', mobile: '', comment: '' }
}

/** Checks the form before anything is sent; empty when it may be sent. */
export function validateCustomerUser(values: CustomerUserFormValues): CustomerUserErrors {
  const errors: CustomerUserErrors = {}
  const required: CustomerUserField[] = ['firstname', 'lastname', 'email', 'login']
  for (const field of required) {
    const value = String(values[field] ?? '').trim()
    if (value === '') errors[field] = 'customers.form.errors.required'
    else if (value.length > MAX_LENGTH) errors[field] = 'customers.form.errors.tooLong'
  }
  if (!errors.email && !isEmailAddress(values.email.trim())) errors.email = 'customers.form.errors.email'
  if (!errors.login && !LOGIN.test(values.login.trim())) errors.login = 'customers.form.errors.loginSpaces'
  if (!values.customerId) errors.customerId = 'customers.form.errors.company'
  return errors
}

/** A login suggestion from an e-mail address: its local part. */
export function loginFromEmail(email: string): string {
  return email.trim().split('@')[0]?.replace(/\s+/g, '') ?? ''
}

/**
 * Creates a customer user from the form: checked locally, then login and e-mail are looked up so a
 * duplicate gets a message next to the right field (the server only says "Couldn't create"),
 * then created and read back. The server does not check permissions here, so the console offers
 * it only to agents who may create tickets somewhere (`allowed`).
 */
export function useCreateCustomerUser() {
  const reference = useReferenceStore()
  const values = reactive<CustomerUserFormValues>(emptyCustomerUser())
  const errors = ref<CustomerUserErrors>({})
  const saving = ref(false)
  const error = ref<unknown>(null)

  const allowed = computed(() =>
    reference.permissionGroups.some((group) => group.Permissions.includes('rw') || group.Permissions.includes('create')),
  )

  async function duplicates(login: string, email: string): Promise<CustomerUserErrors> {
    const [byLogin, byEmail] = await Promise.all([getCustomerUserList({ login }), getCustomerUserList({ email })])
    const found: CustomerUserErrors = {}
    if (byLogin.CustomerUsers.some((user) => user.Login === login)) found.login = 'customers.form.errors.loginTaken'
    if (byEmail.CustomerUsers.some((user) => user.Email?.toLowerCase() === email.toLowerCase())) found.email = 'customers.form.errors.emailTaken'
    return found
  }

  /** Resolves with the new customer user, or null when the form needs fixing (see `errors`/`error`). */
  async function submit(): Promise<SelectedCustomer | null> {
    if (saving.value) return null
    error.value = null
    errors.value = validateCustomerUser(values)
    if (Object.keys(errors.value).length > 0 || !values.customerId) return null
    saving.value = true
    const login = values.login.trim()
    const email = values.email.trim()
    try {
      const taken = await duplicates(login, email)
      if (Object.keys(taken).length > 0) {
        errors.value = taken
        return null
      }
      await createCustomerUser({
        firstname: values.firstname.trim(),
        lastname: values.lastname.trim(),
        customerId: values.customerId,
        login,
        email,
        phone: values.phone.trim(),
        mobile: values.mobile.trim(),
        comment: values.comment.trim(),
      })
      return selectedFromRecord(await getCustomerUser(login))
    } catch (failure) {
      error.value = failure
      return null
    } finally {
      saving.value = false
    }
  }

  function reset(seed: Partial<CustomerUserFormValues> = {}): void {
    Object.assign(values, emptyCustomerUser(), seed)
    errors.value = {}
    error.value = null
  }

  return { values, errors, saving, error, allowed, submit, reset }
}
