import { ref, shallowRef } from 'vue'
import { getArticles, getTicketList } from '@/api/tickets'
import { ApiError } from '@/api/errors'
import type { Article, Ticket } from '@/api/types'

export type TicketState = 'idle' | 'loading' | 'done' | 'error'

/** What the agent's screen was based on, to notice when someone else changed the ticket. */
export interface TicketSnapshot {
  changed: string
  articleCount: number
}

/** The ticket with its detail fields; a ticket the agent may not read is a not-found error. */
export async function fetchTicket(ticketId: number, signal?: AbortSignal): Promise<Ticket> {
  const list = await getTicketList({ ticketId, dynamicFieldsMode: 'all' }, { signal })
  const found = list.Tickets.find((candidate) => candidate.TicketID === ticketId)
  if (!found) throw new ApiError('not-found', 'tickets/getTicketList', null)
  return found
}

/**
 * Every article in one call: the server's paging is broken (Page N ≥ 2 skips N × Limit), so no
 * paging at all. Oldest first; the screen reverses when the agent wants newest first.
 */
export async function fetchArticles(ticketId: number, signal?: AbortSignal): Promise<Article[]> {
  const answer = await getArticles({ ticketId, order: 'ASC' }, { signal })
  return answer.Articles
}

/**
 * A ticket and all its articles, loaded in parallel (one round trip). `refresh` reloads without
 * blanking the screen; `snapshot` is what the loaded screen is based on (stale-write check).
 */
export function useTicket() {
  const state = ref<TicketState>('idle')
  const ticket = shallowRef<Ticket | null>(null)
  const articles = shallowRef<Article[]>([])
  const error = ref<unknown>(null)
  const snapshot = shallowRef<TicketSnapshot | null>(null)
  let generation = 0

  function takeSnapshot(current: Ticket, count: number): void {
    snapshot.value = { changed: current.Changed, articleCount: count }
  }

  async function fetchAll(ticketId: number): Promise<boolean> {
    const current = ++generation
    const [found, list] = await Promise.all([fetchTicket(ticketId), fetchArticles(ticketId)])
    if (current !== generation) return false
    ticket.value = found
    articles.value = list
    takeSnapshot(found, list.length)
    return true
  }

  async function load(ticketId: number): Promise<void> {
    state.value = 'loading'
    error.value = null
    if (ticket.value?.TicketID !== ticketId) {
      ticket.value = null
      articles.value = []
    }
    try {
      if (await fetchAll(ticketId)) state.value = 'done'
    } catch (failure) {
      error.value = failure
      state.value = 'error'
    }
  }

  /** Reloads ticket and articles in the background; the screen keeps showing the old data meanwhile. */
  async function refresh(): Promise<void> {
    const id = ticket.value?.TicketID
    if (id === undefined) return
    await fetchAll(id)
  }

  /** Puts a freshly fetched ticket in place (after an own write) and moves the snapshot along. */
  function replaceTicket(next: Ticket): void {
    ticket.value = next
    takeSnapshot(next, articles.value.length)
  }

  /** Updates one article's seen flag locally (the server was told already). */
  function setArticleSeen(articleId: number, seen: 0 | 1): void {
    articles.value = articles.value.map((article) => (article.ArticleID === articleId ? { ...article, Seen: seen } : article))
  }

  return { state, ticket, articles, error, snapshot, load, refresh, replaceTicket, setArticleSeen }
}
