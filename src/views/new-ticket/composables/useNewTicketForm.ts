import { computed, inject, provide, ref, watch, type InjectionKey } from 'vue'
import { useCreateCustomerUser } from '@/entities/customer/composables/useCreateCustomerUser'
import { useNewTicketDraft } from '@/entities/ticket/composables/useNewTicketDraft'
import { useNewTicketOptions } from '@/entities/ticket/composables/useNewTicketOptions'
import { draftToNewTicket, useNewTicketSubmit, type NewTicketOutcome } from '@/entities/ticket/composables/useNewTicketSubmit'
import {
  serverErrorsToFields,
  validateNewTicket,
  type NewTicketErrors,
  type NewTicketField,
} from '@/entities/ticket/composables/useNewTicketValidation'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'

/**
 * Everything the new-ticket screen's parts share: the draft, what may be chosen, the messages next
 * to the fields and the send. Created once by the view and handed down with provide/inject, so
 * each part edits the one draft without prop mutation.
 */
export function createNewTicketForm() {
  const reference = useReferenceStore()
  const session = useSessionStore()
  const { draft, restored, storedWithoutAttachments, discard, forget } = useNewTicketDraft(() => session.me?.UserLogin ?? null)
  const options = useNewTicketOptions({
    queueId: () => draft.queueId,
    customerLogin: () => draft.customer?.login ?? null,
    serviceId: () => draft.serviceId,
  })
  const submitter = useNewTicketSubmit()
  const canCreateCustomers = useCreateCustomerUser().allowed

  const queuesForCreate = computed(() => reference.queuesForCreate)
  const errors = ref<NewTicketErrors>({})
  const formError = ref<unknown>(null)

  function rules() {
    return { canCreateIn: (queueId: number) => reference.can('create', queueId), isPendingState: options.isPendingState, now: Date.now() }
  }

  function clearError(field: NewTicketField): void {
    if (errors.value[field]) errors.value = { ...errors.value, [field]: undefined }
  }

  // Defaults the server would pick anyway, shown so the agent sees what will be sent.
  watch(
    () => [reference.state, reference.defaultPriority?.ID] as const,
    () => {
      if (draft.priorityId === null && reference.defaultPriority) draft.priorityId = reference.defaultPriority.ID
      if (draft.queueId === null && queuesForCreate.value.length === 1) draft.queueId = queuesForCreate.value[0].ID
    },
    { immediate: true },
  )
  watch(options.states, (states) => {
    if (options.statesState.value === 'idle') return
    if (draft.stateId === null || !states.some((state) => state.ID === draft.stateId)) draft.stateId = options.defaultStateId.value
  })
  const previousEmail = ref(draft.customer?.email ?? '')
  watch(
    () => draft.customer?.login ?? null,
    (login, previous) => {
      if (login === previous) return
      clearError('customer')
      if (draft.channel === 'email' && (draft.to.trim() === '' || draft.to.trim() === previousEmail.value)) {
        draft.to = draft.customer?.email ?? ''
      }
      previousEmail.value = draft.customer?.email ?? ''
    },
  )
  watch(
    () => draft.channel,
    (channel) => {
      if (channel === 'email' && draft.to.trim() === '' && draft.customer?.email) draft.to = draft.customer.email
    },
  )
  watch(options.services, (services) => {
    if (options.servicesState.value !== 'done') return
    if (draft.serviceId !== null && !services.some((service) => service.ID === draft.serviceId)) draft.serviceId = null
  })
  watch(
    () => draft.serviceId,
    () => {
      if (draft.slaId !== null && !options.slas.value.some((sla) => sla.ID === draft.slaId)) draft.slaId = null
    },
  )
  watch(options.slas, (slas) => {
    if (draft.slaId !== null && options.slasState.value === 'done' && !slas.some((sla) => sla.ID === draft.slaId)) draft.slaId = null
  })

  const sending = computed(() => ['checking', 'creating', 'uploading'].includes(submitter.phase.value))

  /** Checks, then sends. Resolves with the outcome, or null when something needs the agent. */
  async function send(): Promise<NewTicketOutcome | null> {
    if (sending.value) return null
    formError.value = null
    errors.value = validateNewTicket(draft, rules())
    if (Object.values(errors.value).some(Boolean)) return null
    try {
      const outcome = await submitter.submit(draftToNewTicket(draft, options), draft.attachments)
      forget()
      return outcome
    } catch (failure) {
      errors.value = serverErrorsToFields(failure)
      formError.value = failure
      return null
    }
  }

  return {
    draft,
    restored,
    storedWithoutAttachments,
    discard,
    options,
    queuesForCreate,
    canCreateCustomers,
    errors,
    formError,
    clearError,
    sending,
    phase: submitter.phase,
    unclear: submitter.unclear,
    send,
  }
}

export type NewTicketForm = ReturnType<typeof createNewTicketForm>

const FORM: InjectionKey<NewTicketForm> = Symbol('new-ticket-form')

export function provideNewTicketForm(form: NewTicketForm): void {
  provide(FORM, form)
}

export function useNewTicketForm(): NewTicketForm {
  const form = inject(FORM)
  if (!form) throw new Error('useNewTicketForm outside the new-ticket view')
  return form
}
