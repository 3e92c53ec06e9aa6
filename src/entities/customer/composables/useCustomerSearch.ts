import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { getCustomerUserList } from '@/api/customers'
import { isApiError } from '@/api/errors'
import type { CustomerUserListItem } from '@/api/types'

export type SearchState = 'idle' | 'loading' | 'done' | 'error'

export interface CustomerSearchOptions {
  /** Quiet time after the last keystroke before asking the server. */
  debounceMs?: number
  /** Shorter terms are not sent (they would match half the customer base). */
  minLength?: number
  limit?: number
}

let instances = 0

/**
 * Type-ahead search over customer users (getCustomerUserList `Search`: login, names, e-mail,
 * CustomerID). Debounced; a newer term aborts the request of the older one, whose late answer is
 * never shown.
 */
export function useCustomerSearch(options: CustomerSearchOptions = {}) {
  const debounceMs = options.debounceMs ?? 250
  const minLength = options.minLength ?? 2
  const limit = options.limit ?? 20
  const supersedeKey = `customer-search-${++instances}`

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
      const answer = await getCustomerUserList({ search, limit }, { signal: own.signal, supersede: supersedeKey })
      if (own.signal.aborted) return
      results.value = answer.CustomerUsers
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
