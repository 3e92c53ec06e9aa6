import { ref, shallowRef } from 'vue'
import { getArticles, getTicketList } from '@/api/tickets'
import { ApiError } from '@/api/errors'
import type { Article, Ticket } from '@/api/types'

export type TicketState = 'idle' | 'loading' | 'done' | 'error'

/**
 * A ticket and all its articles, loaded in parallel (one round trip). A ticket the agent may not
 * read is simply absent from getTicketList: that becomes a not-found error.
 */
export function useTicket() {
  const state = ref<TicketState>('idle')
  const ticket = shallowRef<Ticket | null>(null)
  const articles = shallowRef<Article[]>([])
  const error = ref<unknown>(null)

  async function load(ticketId: number): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      const [list, articleAnswer] = await Promise.all([
        getTicketList({ ticketId, dynamicFieldsMode: 'all' }),
        getArticles({ ticketId, order: 'ASC' }),
      ])
      const found = list.Tickets?.find((candidate) => candidate.TicketID === ticketId)
      if (!found) throw new ApiError('not-found', 'tickets/getTicketList', null)
      ticket.value = found
      articles.value = articleAnswer.Articles ?? []
      state.value = 'done'
    } catch (failure) {
      error.value = failure
      state.value = 'error'
    }
  }

  return { state, ticket, articles, error, load }
}
