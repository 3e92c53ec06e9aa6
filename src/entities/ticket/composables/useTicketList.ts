import { ref, shallowRef } from 'vue'
import { getTicketById, getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { fetchListPage, isFresh, type useNavCacheStore } from '@/stores/navCache'

export type ListState = 'idle' | 'loading' | 'done' | 'error'

/** What marks a ticket as changed for the agent between two loads. */
function fingerprint(ticket: Ticket): string {
  return [ticket.Changed, ticket.StateID, ticket.PriorityID, ticket.QueueID, ticket.LockID, ticket.OwnerID, ticket.Seen].join('|')
}

type NavCache = Pick<ReturnType<typeof useNavCacheStore>, 'readList' | 'loadList'>

/**
 * One page of tickets for a query, with the total for paging. Superseded loads are ignored.
 * A background load (auto-refresh) keeps the rows on screen while it runs, does not count as the
 * agent's activity on the server, and reports which tickets are new or changed since the last load.
 *
 * With the navigation cache (the list screen passes it) a page seen before, or fetched ahead on the
 * agent's intent, shows at once. Unless it is only seconds old, `revalidating` marks it while a
 * read checks it (changed rows are reported as on a background refresh) and `updated` tells when
 * that read brought changes.
 */
export function useTicketList(cache: NavCache | null = null) {
  const state = ref<ListState>('idle')
  const tickets = shallowRef<Ticket[]>([])
  const total = ref(0)
  const error = ref<unknown>(null)
  /** Set when the last background refresh failed; the rows shown are from before. */
  const refreshError = ref<unknown>(null)
  /** Tickets that appeared or changed at the last background refresh. */
  const changedIds = shallowRef<ReadonlySet<number>>(new Set())
  /** The rows are a kept copy being checked against the server. */
  const revalidating = ref(false)
  /** The rows are a kept copy and the check failed. */
  const revalidateFailed = ref(false)
  /** The last check of a kept copy brought changes (now on screen). */
  const updated = ref(false)
  let generation = 0
  let controller: AbortController | null = null

  async function fetchPage(query: TicketQuery, signal: AbortSignal, background: boolean): Promise<{ tickets: Ticket[]; total: number }> {
    if (cache) return cache.loadList(query, { signal, background })
    return fetchListPage(query, signal, background)
  }

  async function load(query: TicketQuery, options: { background?: boolean } = {}): Promise<void> {
    let background = options.background === true && state.value === 'done'
    const current = ++generation
    controller?.abort()
    controller = new AbortController()
    const { signal } = controller
    if (!background) {
      updated.value = false
      revalidateFailed.value = false
      const cached = cache?.readList(query) ?? null
      if (cached) {
        tickets.value = cached.tickets
        total.value = cached.total
        changedIds.value = new Set()
        error.value = null
        refreshError.value = null
        state.value = 'done'
        if (isFresh(cached)) return
        // The kept page is on screen, marked; the check runs like a background refresh.
        background = true
        revalidating.value = true
      }
    }
    if (!background) {
      state.value = 'loading'
      error.value = null
      revalidating.value = false
    }
    try {
      const page = await fetchPage(query, signal, background && !revalidating.value)
      if (current !== generation) return
      const next = page.tickets
      if (background) {
        const before = new Map(tickets.value.map((ticket) => [ticket.TicketID, fingerprint(ticket)]))
        changedIds.value = new Set(
          next.filter((ticket) => before.get(ticket.TicketID) !== fingerprint(ticket)).map((ticket) => ticket.TicketID),
        )
        if (revalidating.value && (changedIds.value.size > 0 || next.length !== tickets.value.length || page.total !== total.value)) {
          updated.value = true
        }
      } else {
        changedIds.value = new Set()
      }
      tickets.value = next
      total.value = page.total
      refreshError.value = null
      revalidating.value = false
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      if (background) {
        if (revalidating.value) {
          revalidating.value = false
          revalidateFailed.value = true
        }
        refreshError.value = failure
        return
      }
      error.value = failure
      state.value = 'error'
    }
  }

  return { state, tickets, total, error, refreshError, changedIds, revalidating, revalidateFailed, updated, load }
}

/**
 * The ticket a typed ticket number names, if the agent may read it. The server's
 * `TicketFromFullTextSearch` is never used (it skips the permission check): only its ID, then the
 * permission-checked getTicketList TicketID call decides.
 */
export async function findReadableTicketByNumber(ticketNumber: string): Promise<number | null> {
  const answer = await getTicketList({ fullTextSearch: ticketNumber, limit: 1 })
  const ticketId = answer.TicketIDFromFullTextSearch
  if (ticketId === undefined) return null
  const ticket = await getTicketById(ticketId)
  return ticket ? ticket.TicketID : null
}
