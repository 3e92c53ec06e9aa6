import { ref, shallowRef } from 'vue'
import { countTickets, getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'

export type ListState = 'idle' | 'loading' | 'done' | 'error'

/** One page of tickets for a query, with the total for paging. Superseded loads are ignored. */
export function useTicketList() {
  const state = ref<ListState>('idle')
  const tickets = shallowRef<Ticket[]>([])
  const total = ref(0)
  const error = ref<unknown>(null)
  let generation = 0
  let controller: AbortController | null = null

  async function load(query: TicketQuery): Promise<void> {
    const current = ++generation
    controller?.abort()
    controller = new AbortController()
    const { signal } = controller
    state.value = 'loading'
    error.value = null
    try {
      const { limit: _limit, offset: _offset, ...filter } = query
      const [page, count] = await Promise.all([
        getTicketList(query, { signal }),
        countTickets(filter, { signal }),
      ])
      if (current !== generation) return
      tickets.value = page.Tickets ?? []
      total.value = count
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      error.value = failure
      state.value = 'error'
    }
  }

  return { state, tickets, total, error, load }
}
