import { ref, shallowRef } from 'vue'
import { countTickets, getTicketById, getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'

export type ListState = 'idle' | 'loading' | 'done' | 'error'

/** What marks a ticket as changed for the agent between two loads. */
function fingerprint(ticket: Ticket): string {
  return [ticket.Changed, ticket.StateID, ticket.PriorityID, ticket.QueueID, ticket.LockID, ticket.OwnerID, ticket.Seen].join('|')
}

/**
 * One page of tickets for a query, with the total for paging. Superseded loads are ignored.
 * A background load (auto-refresh) keeps the rows on screen while it runs, does not count as the
 * agent's activity on the server, and reports which tickets are new or changed since the last load.
 */
export function useTicketList() {
  const state = ref<ListState>('idle')
  const tickets = shallowRef<Ticket[]>([])
  const total = ref(0)
  const error = ref<unknown>(null)
  /** Set when the last background refresh failed; the rows shown are from before. */
  const refreshError = ref<unknown>(null)
  /** Tickets that appeared or changed at the last background refresh. */
  const changedIds = shallowRef<ReadonlySet<number>>(new Set())
  let generation = 0
  let controller: AbortController | null = null

  async function load(query: TicketQuery, options: { background?: boolean } = {}): Promise<void> {
    const background = options.background === true && state.value === 'done'
    const current = ++generation
    controller?.abort()
    controller = new AbortController()
    const { signal } = controller
    if (!background) {
      state.value = 'loading'
      error.value = null
    }
    try {
      const { limit: _limit, offset: _offset, ...filter } = query
      const [page, count] = await Promise.all([
        getTicketList(query, { signal, background }),
        countTickets(filter, { signal, background }),
      ])
      if (current !== generation) return
      const next = page.Tickets ?? []
      if (background) {
        const before = new Map(tickets.value.map((ticket) => [ticket.TicketID, fingerprint(ticket)]))
        changedIds.value = new Set(
          next.filter((ticket) => before.get(ticket.TicketID) !== fingerprint(ticket)).map((ticket) => ticket.TicketID),
        )
      } else {
        changedIds.value = new Set()
      }
      tickets.value = next
      total.value = count
      refreshError.value = null
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      if (background) {
        refreshError.value = failure
        return
      }
      error.value = failure
      state.value = 'error'
    }
  }

  return { state, tickets, total, error, refreshError, changedIds, load }
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
