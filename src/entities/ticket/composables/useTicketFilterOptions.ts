import { ref, shallowRef } from 'vue'
import { getCustomerList, getCustomerUserList } from '@/api/customers'
import { isApiError } from '@/api/errors'
import { getSLAList } from '@/api/sla'
import type { CustomerCompany, CustomerUserListItem, SlaItem } from '@/api/types'

export type OptionsState = 'idle' | 'loading' | 'done' | 'error'

/**
 * Choices for list filters that the reference store does not hold: customer companies and every
 * SLA (loaded on first use), and a type-ahead over customer users that drops superseded searches.
 */
export function useTicketFilterOptions() {
  const state = ref<OptionsState>('idle')
  const error = ref<unknown>(null)
  const companies = shallowRef<CustomerCompany[]>([])
  const slas = shallowRef<SlaItem[]>([])
  const customerUsers = shallowRef<CustomerUserListItem[]>([])
  const searching = ref(false)
  const searchError = ref<unknown>(null)

  async function ensureLoaded(): Promise<void> {
    if (state.value === 'loading' || state.value === 'done') return
    state.value = 'loading'
    error.value = null
    try {
      const [companyAnswer, slaAnswer] = await Promise.all([getCustomerList(), getSLAList()])
      companies.value = companyAnswer.CustomerCompanies
      slas.value = slaAnswer.SLAList
      state.value = 'done'
    } catch (failure) {
      error.value = failure
      state.value = 'error'
    }
  }

  /** Customer users matching `text` (at least two characters). */
  async function searchCustomerUsers(text: string): Promise<void> {
    const search = text.trim()
    if (search.length < 2) {
      customerUsers.value = []
      return
    }
    searching.value = true
    searchError.value = null
    try {
      const answer = await getCustomerUserList({ search: `*${search}*`, limit: 20 }, { supersede: 'ticket-list-customer-user' })
      customerUsers.value = answer.CustomerUsers
      searching.value = false
    } catch (failure) {
      // A newer search took over: it owns the spinner now.
      if (isApiError(failure) && failure.kind === 'aborted') return
      searchError.value = failure
      searching.value = false
    }
  }

  return { state, error, companies, slas, customerUsers, searching, searchError, ensureLoaded, searchCustomerUsers }
}
