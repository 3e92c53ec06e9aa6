import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { getCustomerUserList } from '@/api/customers'
import { isApiError } from '@/api/errors'
import type { CustomerUserListItem } from '@/api/types'
import { useCustomerCompanies } from './useCustomerCompanies'

export type SearchState = 'idle' | 'loading' | 'done' | 'error'

export interface CustomerSearchOptions {
  /** Quiet time after the last keystroke before asking the server. */
  debounceMs?: number
  /** Shorter terms are not sent (they would match half the customer base). */
  minLength?: number
  limit?: number
}

let instances = 0

/** Company-name matches beyond this many are left to a more precise term. */
const MAX_COMPANY_LOOKUPS = 3

/**
 * Type-ahead search over customer users: getCustomerUserList `Search` (login, names, e-mail,
 * CustomerID) plus the users of companies whose name matches (the server does not search company
 * names). Debounced; a newer term aborts the requests of the older one, whose late answers are
 * never shown.
 */
export function useCustomerSearch(options: CustomerSearchOptions = {}) {
  const debounceMs = options.debounceMs ?? 250
  const minLength = options.minLength ?? 2
  const limit = options.limit ?? 20
  const supersedeKey = `customer-search-${++instances}`
  const { companies } = useCustomerCompanies()

  const term = ref('')
  const results = shallowRef<CustomerUserListItem[]>([])
  const state = ref<SearchState>('idle')
  const error = ref<unknown>(null)
  /** The term the shown results belong to. */
  const resultsFor = ref('')

  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    controller?.abort()
    controller = null
  }

  async function run(search: string): Promise<void> {
    controller?.abort()
    const own = new AbortController()
    controller = own
    try {
      const needle = search.toLowerCase()
      const companyIds = companies.value
        .filter((company) => company.Name.toLowerCase().includes(needle) && !company.CustomerID.toLowerCase().includes(needle))
        .slice(0, MAX_COMPANY_LOOKUPS)
        .map((company) => company.CustomerID)
      const answers = await Promise.all([
        getCustomerUserList({ search, limit }, { signal: own.signal, supersede: supersedeKey }),
        ...companyIds.map((customerId) => getCustomerUserList({ customerId }, { signal: own.signal })),
      ])
      if (own.signal.aborted) return
      results.value = mergeByLogin(answers.map((answer) => answer.CustomerUsers)).slice(0, limit)
      resultsFor.value = search
      state.value = 'done'
    } catch (failure) {
      if (own.signal.aborted || (isApiError(failure) && failure.kind === 'aborted')) return
      error.value = failure
      state.value = 'error'
    } finally {
      if (controller === own) controller = null
    }
  }

  /** Searches now (Enter, retry) instead of waiting for the debounce. */
  function searchNow(): void {
    const search = term.value.trim()
    cancel()
    if (search.length < minLength) return
    state.value = 'loading'
    error.value = null
    void run(search)
  }

  watch(term, (value) => {
    const search = value.trim()
    cancel()
    if (search.length < minLength) {
      results.value = []
      resultsFor.value = ''
      state.value = 'idle'
      error.value = null
      return
    }
    state.value = 'loading'
    error.value = null
    timer = setTimeout(() => {
      timer = null
      void run(search)
    }, debounceMs)
  })

  onScopeDispose(cancel)

  return { term, results, resultsFor, state, error, minLength, searchNow, cancel }
}

function mergeByLogin(lists: CustomerUserListItem[][]): CustomerUserListItem[] {
  const seen = new Set<string>()
  const merged: CustomerUserListItem[] = []
  for (const item of lists.flat()) {
    if (seen.has(item.Login)) continue
    seen.add(item.Login)
    merged.push(item)
  }
  return merged
}
