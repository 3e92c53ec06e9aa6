import { computed, ref, shallowRef } from 'vue'
import { getCustomerList } from '@/api/customers'
import type { CustomerCompany } from '@/api/types'
import { companyNameOf } from '../customerNames'

type LoadState = 'idle' | 'loading' | 'done' | 'error'

// Companies change rarely and every picker and card needs them: one list per page load.
const companies = shallowRef<CustomerCompany[]>([])
const state = ref<LoadState>('idle')
const error = ref<unknown>(null)
let pending: Promise<void> | null = null

function load(force = false): Promise<void> {
  if (!force && state.value === 'done') return Promise.resolve()
  if (pending) return pending
  state.value = 'loading'
  error.value = null
  pending = getCustomerList()
    .then((answer) => {
      companies.value = answer.CustomerCompanies
      state.value = 'done'
    })
    .catch((failure: unknown) => {
      error.value = failure
      state.value = 'error'
    })
    .finally(() => {
      pending = null
    })
  return pending
}

/**
 * The customer companies (getCustomerList), loaded once and shared. `companyName(id)` gives the
 * readable name, or the CustomerID itself while the list is loading or when it failed.
 */
export function useCustomerCompanies() {
  void load()
  const nameById = computed(() => new Map(companies.value.map((company) => [company.CustomerID, companyNameOf(company)])))

  function companyName(customerId: string | null | undefined): string {
    if (!customerId) return ''
    return nameById.value.get(customerId) ?? customerId
  }

  return { companies, state, error, companyName, reload: () => load(true) }
}

/** Forgets the cached list (sign-out, tests). */
export function resetCustomerCompanies(): void {
  companies.value = []
  state.value = 'idle'
  error.value = null
  pending = null
}
