import { defineStore } from 'pinia'
import { onScopeDispose, watch } from 'vue'
import { countTickets, getArticles, getTicketList, onTicketWrite, type TicketQuery } from '@/api/tickets'
import { ApiError } from '@/api/errors'
import type { Article, Ticket } from '@/api/types'
import { onStoresReset } from './resetStores'
import { useSessionStore } from './session'
import { useTicketFeedStore } from './ticketFeed'

/**
 * What the agent just saw, kept for instant navigation: the last list pages and the recently
 * opened tickets (small LRUs), plus data fetched ahead on the agent's intent (hover, pointer-down,
 * keyboard focus, the next ticket of a list). A screen shows an entry at once and, unless it was
 * fetched a moment ago, marks it and revalidates it in the background: cached data is never
 * presented as fresh.
 *
 * Entries belong to the agent who fetched them; a logout or another agent signing in clears
 * everything (stores reset), and a read never returns another agent's entry in any case. The
 * console's own ticket writes invalidate what they touch, and so does the session's change feed
 * (tickets changed elsewhere; a full resync marks every list page).
 *
 * Nothing here is reactive state: entries hold large answers and the screens copy what they show.
 */

/** Pages of the list (one per query) and tickets (with their articles) kept at most. */
export const LIST_ENTRIES = 6
export const TICKET_ENTRIES = 8
/**
 * An entry fetched this recently is as good as a load started now (a prefetch on hover, a page
 * the agent left a moment ago): shown as fresh, not fetched again.
 */
export const FRESH_MS = 5_000

export interface CachedList {
  tickets: Ticket[]
  total: number
  fetchedAt: number
  /** Invalidated (own write, change feed): still shown at once, but always revalidated. */
  stale: boolean
}

export interface CachedTicket {
  ticket: Ticket
  articles: Article[]
  fetchedAt: number
  stale: boolean
}

interface Entry<T> {
  owner: number
  value: T
  /** Fetched ahead on intent and not shown yet: counts as used when a screen reads it. */
  prefetched: boolean
}

/** The page's query as a key: the same filter, sort and page in any property order. */
export function listKey(query: TicketQuery): string {
  const keys = Object.keys(query).filter((key) => query[key as keyof TicketQuery] !== undefined)
  return JSON.stringify(keys.sort().map((key) => [key, query[key as keyof TicketQuery]]))
}

export function isFresh(entry: { fetchedAt: number; stale: boolean }, now = Date.now()): boolean {
  return !entry.stale && now - entry.fetchedAt < FRESH_MS
}

/** A ticket with every article in one round trip, as the ticket page loads it. */
export async function fetchTicketWithArticles(ticketId: number, signal?: AbortSignal): Promise<{ ticket: Ticket; articles: Article[] }> {
  const [list, answer] = await Promise.all([
    getTicketList({ ticketId, dynamicFieldsMode: 'all' }, { signal }),
    getArticles({ ticketId, order: 'ASC' }, { signal }),
  ])
  const ticket = list.Tickets.find((candidate) => candidate.TicketID === ticketId)
  if (!ticket) throw new ApiError('not-found', 'tickets/getTicketList', null)
  return { ticket, articles: answer.Articles }
}

/** A page of the list and the total of all matches, in parallel (one round trip). */
export async function fetchListPage(query: TicketQuery, signal?: AbortSignal, background = false): Promise<{ tickets: Ticket[]; total: number }> {
  const { limit: _limit, offset: _offset, ...filter } = query
  const [page, total] = await Promise.all([getTicketList(query, { signal, background }), countTickets(filter, { signal, background })])
  return { tickets: page.Tickets ?? [], total }
}

class Lru<K, V> {
  private readonly entries = new Map<K, V>()
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    // Most recently used last.
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  peek(key: K): V | undefined {
    return this.entries.get(key)
  }

  set(key: K, value: V): V[] {
    this.entries.delete(key)
    this.entries.set(key, value)
    const evicted: V[] = []
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as K
      evicted.push(this.entries.get(oldest) as V)
      this.entries.delete(oldest)
    }
    return evicted
  }

  delete(key: K): V | undefined {
    const value = this.entries.get(key)
    this.entries.delete(key)
    return value
  }

  values(): IterableIterator<V> {
    return this.entries.values()
  }

  clear(): V[] {
    const all = [...this.entries.values()]
    this.entries.clear()
    return all
  }
}

export interface PrefetchStats {
  /** Prefetches that fetched something (ones that found the data cached or on its way are not counted). */
  started: number
  /** Of those, how many a screen then showed. */
  used: number
  /** Of those, how many were dropped unseen (evicted, invalidated, failed, cleared). */
  wasted: number
}

export const useNavCacheStore = defineStore('navCache', () => {
  const session = useSessionStore()
  const lists = new Lru<string, Entry<CachedList>>(LIST_ENTRIES)
  const tickets = new Lru<number, Entry<CachedTicket>>(TICKET_ENTRIES)
  /** Loads on their way (prefetches and screens' own), so a screen joins a prefetch instead of repeating it. */
  const pendingLists = new Map<string, Promise<CachedList>>()
  const pendingTickets = new Map<number, Promise<CachedTicket>>()
  const stats: PrefetchStats = { started: 0, used: 0, wasted: 0 }
  /** A reset aborts everything on its way; what still answers is dropped. */
  let generation = { controller: new AbortController() }
  /** Bumped by every invalidation: an answer to a read that left before it may predate the change. */
  const ticketEpochs = new Map<number, number>()
  let listEpoch = 0

  function me(): number | null {
    return session.me?.ID ?? null
  }

  function dropped(entries: Array<Entry<unknown> | undefined>): void {
    for (const entry of entries) {
      if (entry?.prefetched) {
        entry.prefetched = false
        stats.wasted += 1
      }
    }
  }

  function read<T>(entry: Entry<T> | undefined): T | null {
    if (!entry || entry.owner !== me()) return null
    if (entry.prefetched) {
      entry.prefetched = false
      stats.used += 1
    }
    return entry.value
  }

  // ---- lists

  function readList(query: TicketQuery): CachedList | null {
    return read(lists.get(listKey(query)))
  }

  function storeList(query: TicketQuery, page: { tickets: Ticket[]; total: number }, prefetched = false): CachedList | null {
    const owner = me()
    if (owner === null) return null
    const value: CachedList = { tickets: page.tickets, total: page.total, fetchedAt: Date.now(), stale: false }
    const key = listKey(query)
    dropped([lists.peek(key)])
    dropped(lists.set(key, { owner, value, prefetched }))
    return value
  }

  /**
   * The page, from a load on its way (a prefetch) or a new one; stored when it answers. Used by
   * the list screen for its own (foreground) loads.
   */
  function loadList(query: TicketQuery, options: { signal?: AbortSignal; background?: boolean } = {}): Promise<CachedList> {
    const key = listKey(query)
    const pending = pendingLists.get(key)
    if (pending && !options.background) {
      return pending.then((value) => {
        // The prefetch this screen joined is used now.
        read(lists.peek(key))
        return value
      })
    }
    return fetchAndStoreList(query, options.signal, options.background === true, false)
  }

  function fetchAndStoreList(query: TicketQuery, signal: AbortSignal | undefined, background: boolean, prefetched: boolean): Promise<CachedList> {
    const key = listKey(query)
    const owner = me()
    const current = generation
    const epoch = listEpoch
    const work = fetchListPage(query, anySignal(signal, current.controller.signal), background).then((page) => {
      if (current !== generation || owner !== me()) throw new ApiError('aborted', 'tickets/getTicketList', null)
      const stored = storeList(query, page, prefetched)
      // Kept, but revalidated next time: the page may be from before the change.
      if (stored && epoch !== listEpoch) stored.stale = true
      return stored ?? { ...page, fetchedAt: Date.now(), stale: epoch !== listEpoch }
    })
    pendingLists.set(key, work)
    const forget = () => {
      if (pendingLists.get(key) === work) pendingLists.delete(key)
    }
    work.then(forget, forget)
    return work
  }

  /** Fetches a page ahead (the agent is about to open it) unless it is cached fresh or on its way. */
  function prefetchList(query: TicketQuery): void {
    if (me() === null) return
    const key = listKey(query)
    const cached = lists.peek(key)
    if (pendingLists.has(key) || (cached && cached.owner === me() && isFresh(cached.value))) return
    stats.started += 1
    fetchAndStoreList(query, undefined, false, true).catch(() => {
      stats.wasted += 1
    })
  }

  // ---- tickets

  function readTicket(ticketId: number): CachedTicket | null {
    return read(tickets.get(ticketId))
  }

  /**
   * Keeps what a read answered. `fetchedAt` (default now) is when the data was read: the ticket
   * screen puts its copy back after local changes (an article marked seen) without making it younger.
   */
  function storeTicket(
    ticketId: number,
    data: { ticket: Ticket; articles: Article[] },
    options: { prefetched?: boolean; fetchedAt?: number } = {},
  ): CachedTicket | null {
    const owner = me()
    if (owner === null) return null
    const prefetched = options.prefetched === true
    const value: CachedTicket = { ticket: data.ticket, articles: data.articles, fetchedAt: options.fetchedAt ?? Date.now(), stale: false }
    dropped([tickets.peek(ticketId)])
    dropped(tickets.set(ticketId, { owner, value, prefetched }))
    return value
  }

  function loadTicket(ticketId: number, options: { signal?: AbortSignal } = {}): Promise<CachedTicket> {
    const pending = pendingTickets.get(ticketId)
    if (pending) {
      return pending.then((value) => {
        read(tickets.peek(ticketId))
        return value
      })
    }
    return fetchAndStoreTicket(ticketId, options.signal, false)
  }

  function fetchAndStoreTicket(ticketId: number, signal: AbortSignal | undefined, prefetched: boolean): Promise<CachedTicket> {
    const owner = me()
    const current = generation
    const epoch = ticketEpochs.get(ticketId) ?? 0
    const work = fetchTicketWithArticles(ticketId, anySignal(signal, current.controller.signal)).then((data) => {
      if (current !== generation || owner !== me()) throw new ApiError('aborted', 'tickets/getTicketList', null)
      // An answer that left before an invalidation is not kept (it may predate the change).
      const unchanged = epoch === (ticketEpochs.get(ticketId) ?? 0)
      const stored = unchanged ? storeTicket(ticketId, data, { prefetched }) : null
      if (!stored && prefetched) stats.wasted += 1
      return stored ?? { ...data, fetchedAt: Date.now(), stale: !unchanged }
    })
    pendingTickets.set(ticketId, work)
    const forget = () => {
      if (pendingTickets.get(ticketId) === work) pendingTickets.delete(ticketId)
    }
    work.then(forget, forget)
    return work
  }

  /** Fetches a ticket with its articles ahead unless it is cached fresh or on its way. */
  function prefetchTicket(ticketId: number): void {
    if (me() === null) return
    const cached = tickets.peek(ticketId)
    if (pendingTickets.has(ticketId) || (cached && cached.owner === me() && isFresh(cached.value))) return
    stats.started += 1
    fetchAndStoreTicket(ticketId, undefined, true).catch(() => {
      stats.wasted += 1
    })
  }

  // ---- invalidation

  /**
   * These tickets changed (an own write, the change feed): their kept copies go, and every kept
   * list page is revalidated before it counts as fresh again (a change can move a ticket into or
   * out of any list).
   */
  function invalidateTickets(ticketIds: Iterable<number>): void {
    for (const id of ticketIds) {
      ticketEpochs.set(id, (ticketEpochs.get(id) ?? 0) + 1)
      dropped([tickets.delete(id)])
      // A read on its way may have left before the change: its answer must not be kept.
      pendingTickets.delete(id)
    }
    invalidateLists()
  }

  /** Every kept list page is shown marked and revalidated next time (new tickets, moves). */
  function invalidateLists(): void {
    listEpoch += 1
    for (const entry of lists.values()) entry.value = { ...entry.value, stale: true }
    pendingLists.clear()
  }

  function clear(): void {
    generation.controller.abort()
    generation = { controller: new AbortController() }
    dropped(lists.clear())
    dropped(tickets.clear())
    pendingLists.clear()
    pendingTickets.clear()
    ticketEpochs.clear()
  }

  function prefetchStats(): PrefetchStats {
    return { ...stats }
  }

  const stopListening = onTicketWrite((ticketId) => {
    if (ticketId === null) invalidateLists()
    else invalidateTickets([ticketId])
  })
  onScopeDispose(stopListening)
  // Changes made elsewhere, as the change feed sees them while a screen keeps it running. The
  // feed is only subscribed to here, never started: a kept copy is revalidated anyway when shown.
  const stopFeed = useTicketFeedStore().subscribe((change) => {
    if (change.ticketIds.length > 0) invalidateTickets(change.ticketIds)
    else invalidateLists()
  })
  onScopeDispose(stopFeed)
  // Logout and another agent signing in: nothing of the previous agent may come back. The cache
  // also empties itself whenever the signed-in agent changes or signs out (an expired session
  // too): it is only a speed-up, never worth a risk.
  onStoresReset(clear)
  watch(() => session.me?.ID ?? null, clear, { flush: 'sync' })

  // The bench reads the prefetch counts from the page (bench/scenarios/navigation.ts).
  if (typeof window !== 'undefined') {
    ;(window as unknown as { __otrsConsolePrefetchStats?: () => PrefetchStats }).__otrsConsolePrefetchStats = prefetchStats
  }

  return {
    readList,
    storeList,
    loadList,
    prefetchList,
    readTicket,
    storeTicket,
    loadTicket,
    prefetchTicket,
    invalidateTickets,
    invalidateLists,
    clear,
    prefetchStats,
  }
})

/** Aborts when either signal does. */
function anySignal(first: AbortSignal | undefined, second: AbortSignal): AbortSignal {
  if (!first) return second
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([first, second])
  const controller = new AbortController()
  const abort = () => controller.abort()
  if (first.aborted || second.aborted) abort()
  first.addEventListener('abort', abort, { once: true })
  second.addEventListener('abort', abort, { once: true })
  return controller.signal
}
