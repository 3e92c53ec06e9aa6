import { ref, shallowRef } from 'vue'
import { getArticles, getTicketList } from '@/api/tickets'
import { ApiError } from '@/api/errors'
import type { Article, Ticket } from '@/api/types'
import { isFresh, type useNavCacheStore } from '@/stores/navCache'

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

type NavCache = Pick<ReturnType<typeof useNavCacheStore>, 'readTicket' | 'loadTicket' | 'storeTicket'>

/** What tells the agent's screen apart from a newer read: changes, new articles, seen flags. */
function fingerprint(ticket: Ticket, articles: readonly Article[]): string {
  return `${ticket.Changed}|${ticket.ArticleCount ?? ''}|${articles.map((article) => `${article.ArticleID}:${article.Seen}`).join(',')}`
}

/**
 * A ticket and all its articles, loaded in parallel (one round trip). `refresh` reloads without
 * blanking the screen; `snapshot` is what the loaded screen is based on (stale-write check).
 *
 * With the navigation cache (the ticket page passes it) a ticket seen a moment ago, or fetched
 * ahead on the agent's intent, shows at once. Unless it is only seconds old, `revalidating` marks
 * it while a background read checks it, and `updated` tells when that read brought changes. The
 * snapshot is always what is on screen, so a save compares the server's fresh `Changed` with
 * exactly what the agent saw.
 */
export function useTicket(cache: NavCache | null = null) {
  const state = ref<TicketState>('idle')
  const ticket = shallowRef<Ticket | null>(null)
  const articles = shallowRef<Article[]>([])
  const error = ref<unknown>(null)
  const snapshot = shallowRef<TicketSnapshot | null>(null)
  /** Shown from the cache and being checked against the server. */
  const revalidating = ref(false)
  /** Shown from the cache and the check failed: still the kept copy. */
  const revalidateFailed = ref(false)
  /** The last check of a kept copy brought changes (now on screen). */
  const updated = ref(false)
  /** When what is on screen was read from the server. */
  let shownFetchedAt = 0
  let generation = 0

  function takeSnapshot(current: Ticket, count: number): void {
    snapshot.value = { changed: current.Changed, articleCount: count }
  }

  function show(data: { ticket: Ticket; articles: Article[]; fetchedAt: number }): void {
    ticket.value = data.ticket
    articles.value = data.articles
    shownFetchedAt = data.fetchedAt
    takeSnapshot(data.ticket, data.articles.length)
  }

  function keep(): void {
    if (!cache || !ticket.value) return
    cache.storeTicket(ticket.value.TicketID, { ticket: ticket.value, articles: articles.value }, { fetchedAt: shownFetchedAt })
  }

  async function read(ticketId: number): Promise<{ ticket: Ticket; articles: Article[]; fetchedAt: number }> {
    if (cache) return cache.loadTicket(ticketId)
    const [found, list] = await Promise.all([fetchTicket(ticketId), fetchArticles(ticketId)])
    return { ticket: found, articles: list, fetchedAt: Date.now() }
  }

  async function fetchAll(ticketId: number): Promise<boolean> {
    const current = ++generation
    const [found, list] = await Promise.all([fetchTicket(ticketId), fetchArticles(ticketId)])
    if (current !== generation) return false
    show({ ticket: found, articles: list, fetchedAt: Date.now() })
    revalidating.value = false
    revalidateFailed.value = false
    keep()
    return true
  }

  async function revalidate(ticketId: number, current: number): Promise<void> {
    revalidating.value = true
    try {
      const fresh = await read(ticketId)
      if (current !== generation) return
      const before = ticket.value && fingerprint(ticket.value, articles.value)
      if (before !== fingerprint(fresh.ticket, fresh.articles)) {
        show(fresh)
        updated.value = true
      } else {
        // Nothing changed: the screen stays as it is (no redraw), now known to be current.
        shownFetchedAt = fresh.fetchedAt
      }
    } catch {
      if (current === generation) revalidateFailed.value = true
    } finally {
      if (current === generation) revalidating.value = false
    }
  }

  async function load(ticketId: number): Promise<void> {
    const current = ++generation
    error.value = null
    revalidating.value = false
    revalidateFailed.value = false
    updated.value = false
    const cached = cache?.readTicket(ticketId) ?? null
    if (cached) {
      show(cached)
      state.value = 'done'
      if (!isFresh(cached)) await revalidate(ticketId, current)
      return
    }
    state.value = 'loading'
    if (ticket.value?.TicketID !== ticketId) {
      ticket.value = null
      articles.value = []
    }
    try {
      const data = await read(ticketId)
      if (current !== generation) return
      show(data)
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
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
    shownFetchedAt = Date.now()
    takeSnapshot(next, articles.value.length)
    keep()
  }

  /** Updates one article's seen flag locally (the server was told already). */
  function setArticleSeen(articleId: number, seen: 0 | 1): void {
    articles.value = articles.value.map((article) => (article.ArticleID === articleId ? { ...article, Seen: seen } : article))
    keep()
  }

  return { state, ticket, articles, error, snapshot, revalidating, revalidateFailed, updated, load, refresh, replaceTicket, setArticleSeen }
}
