import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, toRaw, watch } from 'vue'
import { useDocumentVisibility } from '@vueuse/core'
import { getApiBase } from '@/api/client'
import { ApiError, isApiError, type ApiErrorKind } from '@/api/errors'
import { countTickets, getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { serverNowFrom } from '@/utils/agentWorkload'
import { createLeadership, type Leadership } from '@/utils/tabLeadership'
import { atServerTime, isOpenStateType, laterTime } from '@/utils/ticketClock'
import { feedResyncMinutes } from './feedSettings'
import { onStoresReset } from './resetStores'
import { useSessionStore } from './session'

/**
 * The change feed: one per agent session and browser. After one full snapshot of the open tickets
 * it asks the server only for what changed since its watermark (the newest change time it saw):
 * getTicketList sorted by change time, newest first, a few tickets a page, paging on only while the
 * answers are newer than the watermark. Open and closed tickets both come back, so a ticket that
 * leaves the open set is seen leaving. Every figure of the dashboard and the queue monitor is derived
 * from the merged tickets in the browser; escalation and pending times move with the server's clock
 * without a request (utils/ticketClock).
 *
 * What the feed cannot see, because the ticket's change time does not move or the ticket no longer
 * comes back to this agent: permission changes (a queue or group taken away or given), a ticket moved
 * into a queue the agent may not read (it simply stops appearing), merges seen only from the merged-into
 * side, seen flags ("New notes"), and tickets changed twice within the watermark's second. The full
 * resync (every `resyncMinutes`, 15 by default from config.json, and when a tab comes back after being
 * hidden a long time) replaces the whole set and catches all of them.
 *
 * One tab polls for all: the tabs of this agent elect a leader (utils/tabLeadership) among those that
 * are visible and show live data; the leader fetches and broadcasts what it got, the others merge the
 * same messages. Hidden everywhere means no candidate and no request at all.
 *
 * View counts follow server-side rules the console does not guess: they are counted by the server
 * again only after the feed saw a change (and at a resync), at most every COUNT_MIN_INTERVAL_MS.
 */

/** Tickets per request of the full snapshot; the first answer's Count says how many pages follow. */
export const SNAPSHOT_PAGE_SIZE = 500
/** Beyond this the monitor works on the oldest tickets only (and says so). */
export const SNAPSHOT_MAX_TICKETS = 5000
/**
 * Pages overlap by this much: a ticket closed while the snapshot pages load shifts the later ones
 * forward, and without the overlap the ticket at a page border would be skipped until the next resync.
 */
const SNAPSHOT_OVERLAP = 20
/**
 * The first change page is small (an idle console asks for little) and follows the traffic: twice
 * what the last poll found, so a steadily busy helpdesk still costs one request a poll.
 */
export const CHANGES_FIRST_PAGE = 5
const CHANGES_NEXT_PAGE = 50
/** More changes than this since the last poll: a resync is cheaper than paging through them. */
const CHANGES_MAX = 1000
/**
 * Counts are asked again after a change at most every this many poll intervals (4 minutes at the
 * default minute): seven counts a minute would cost a busy server more than the feed itself.
 */
export const COUNT_MIN_POLLS = 4
/** A tab that was hidden this long resyncs when it is shown again. */
export const LONG_HIDDEN_MS = 5 * 60_000
/** How often the local clock moves the escalation and pending figures (no request). */
const CLOCK_TICK_MS = 30_000
/** A tab without a leader's answer this long after asking loads the snapshot itself. */
const HELLO_WAIT_MS = 150

export type FeedState = 'idle' | 'loading' | 'done' | 'error'

/** What changed: ticket IDs whose record changed (or left the agent's open set). */
export interface FeedChange {
  ticketIds: number[]
  /** The new records where the feed has them (a closed ticket's too, when a poll saw it close). */
  records: ReadonlyMap<number, Ticket>
  /** A full resync: anything may have changed, also what the feed cannot see (permissions, moves). */
  resync: boolean
}
export type FeedListener = (change: FeedChange) => void

interface Entry {
  ticket: Ticket
  /** Server clock (unix seconds) when the record was answered. */
  at: number
}

interface CountResult {
  viewId: number
  count: number | null
  error: unknown
}

/** What the leader broadcasts; every tab merges the same messages. */
type FeedMessage =
  | { type: 'hello' }
  | { type: 'want'; counts: boolean; figures: boolean }
  | { type: 'snapshot'; figures: boolean; entries: Entry[]; total: number; watermark: string; atWatermark: number[]; offset: number; updatedAt: number; resyncAt: number; changedIds: number[] }
  | { type: 'delta'; entries: Entry[]; watermark: string; atWatermark: number[]; offset: number; updatedAt: number }
  | { type: 'failed'; error: SentError }
  | { type: 'counts'; results: Array<{ viewId: number; count: number | null; error: SentError | null }>; at: number }

type SentError = { kind: ApiErrorKind; endpoint: string; message: string | null }

function sendable(error: unknown): SentError {
  return isApiError(error)
    ? { kind: error.kind, endpoint: error.endpoint, message: error.serverMessage }
    : { kind: 'network', endpoint: 'tickets/getTicketList', message: null }
}
function received(error: SentError): ApiError {
  return new ApiError(error.kind, error.endpoint, error.message)
}

const CHANGES_QUERY: TicketQuery = { sortBy: ['Changed'], orderBy: ['Down'] }
const OPEN_TICKETS: TicketQuery = { stateType: 'Open', sortBy: ['Age'], orderBy: ['Up'] }


export interface FeedConsumer {
  /** Seconds between polls this screen wants (0 = no automatic polling). */
  intervalSeconds: () => number
  /** The dashboard shows view counts: the feed keeps them current. */
  counts?: boolean
  /** The screen draws figures from the open tickets (dashboard, monitor): the feed holds them all. */
  figures?: boolean
}

export const useTicketFeedStore = defineStore('ticketFeed', () => {
  const session = useSessionStore()
  const visibility = useDocumentVisibility()

  const state = ref<FeedState>('idle')
  const error = shallowRef<unknown>(null)
  const running = ref(false)
  /** Browser time (ms) of the last poll or resync that brought data (in any tab). */
  const updatedAt = ref<number | null>(null)
  const resyncAt = ref<number | null>(null)
  /** How many open tickets the server had at the last snapshot, plus what joined and left since. */
  const total = ref(0)
  const entries = shallowRef<Map<number, Entry>>(new Map())
  /** Server seconds minus browser seconds, learnt from the answers. */
  const offset = ref(0)
  const clock = ref(Date.now())
  const leader = ref(false)
  const consumers = shallowRef<Set<FeedConsumer>>(new Set())
  const countResults = shallowRef<Map<number, CountResult>>(new Map())
  const countViews = shallowRef<Array<{ viewId: number; query: TicketQuery }>>([])
  /** Bumped on every batch of counts (so a screen can tell a new batch from the same numbers). */
  const countsSerial = ref(0)
  const countsRunning = ref(false)

  let watermark = ''
  let atWatermark = new Set<number>()
  let countsDirty = false
  let countsAt = 0
  let remoteCountsWantedAt = -Infinity
  let remoteFiguresWantedAt = -Infinity
  /** The entries are a real snapshot of the open tickets (a feed for lists alone keeps only the watermark). */
  let figuresLoaded = false
  let lastAttemptAt = 0
  let firstPage = CHANGES_FIRST_PAGE
  let pending: Promise<void> | null = null
  let pollTimer: ReturnType<typeof setTimeout> | null = null
  let clockTimer: ReturnType<typeof setInterval> | null = null
  let channel: BroadcastChannel | null = null
  let leadership: Leadership | null = null
  let channelName = ''
  const listeners = new Set<FeedListener>()

  const serverNow = computed(() => Math.floor(clock.value / 1000) + offset.value)
  /** The open tickets as a fresh answer would show them now. */
  const tickets = computed<Ticket[]>(() => {
    const now = serverNow.value
    return [...entries.value.values()].map((entry) => atServerTime(entry.ticket, entry.at, now))
  })
  const truncated = computed(() => total.value > entries.value.size)
  const active = computed(() => consumers.value.size > 0)
  const intervalMs = computed(() => {
    let smallest = 0
    for (const consumer of consumers.value) {
      const seconds = Math.max(0, Math.floor(consumer.intervalSeconds())) * 1000
      if (seconds > 0 && (smallest === 0 || seconds < smallest)) smallest = seconds
    }
    return smallest
  })
  const visible = computed(() => visibility.value !== 'hidden')
  const localCountsWanted = computed(() => [...consumers.value].some((consumer) => consumer.counts))
  const localFiguresWanted = computed(() => [...consumers.value].some((consumer) => consumer.figures))

  // ---------------------------------------------------------------------------------------------
  // Listeners: screens and caches learn which tickets changed (issue 16's cache invalidates by ID).

  /** Calls `listener` with the IDs of changed tickets after every poll that saw changes and every resync. */
  function subscribe(listener: FeedListener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  function emit(change: FeedChange): void {
    if (change.ticketIds.length === 0 && !change.resync) return
    for (const listener of [...listeners]) listener(change)
  }

  // ---------------------------------------------------------------------------------------------
  // Merging (the same in every tab)

  function newer(candidate: Ticket, current: Ticket | undefined): boolean {
    return !current || candidate.ChangedServer >= current.ChangedServer
  }

  /** Merges changed records; answers the IDs that really changed. */
  function mergeEntries(incoming: Entry[]): number[] {
    // Without a snapshot there is nothing to merge into: the IDs are all the lists need.
    if (!figuresLoaded) return incoming.map((entry) => entry.ticket.TicketID)
    const next = new Map(entries.value)
    const changed: number[] = []
    for (const entry of incoming) {
      const current = next.get(entry.ticket.TicketID)
      if (isOpenStateType(entry.ticket.StateType)) {
        if (!newer(entry.ticket, current?.ticket)) continue
        if (!current) total.value += 1
        next.set(entry.ticket.TicketID, entry)
      } else {
        // Closed, merged or removed: it leaves the open set (if it was in it).
        if (current && !newer(entry.ticket, current.ticket)) continue
        if (current) {
          next.delete(entry.ticket.TicketID)
          total.value = Math.max(next.size, total.value - 1)
        }
      }
      changed.push(entry.ticket.TicketID)
    }
    entries.value = next
    return changed
  }

  function applyMessage(message: FeedMessage): void {
    switch (message.type) {
      case 'snapshot': {
        const next = new Map<number, Entry>()
        for (const entry of message.entries) next.set(entry.ticket.TicketID, entry)
        entries.value = next
        figuresLoaded = message.figures
        total.value = message.total
        watermark = message.watermark
        atWatermark = new Set(message.atWatermark)
        offset.value = message.offset
        updatedAt.value = message.updatedAt
        resyncAt.value = message.resyncAt
        clock.value = Date.now()
        error.value = null
        state.value = 'done'
        // Counts are not marked stale here: the resync's own round counts again when they are old.
        const records = new Map<number, Ticket>()
        for (const id of message.changedIds) {
          const entry = entries.value.get(id)
          if (entry) records.set(id, entry.ticket)
        }
        emit({ ticketIds: message.changedIds, records, resync: true })
        return
      }
      case 'delta': {
        const changed = mergeEntries(message.entries)
        watermark = laterTime(watermark, message.watermark)
        atWatermark = new Set(message.atWatermark)
        offset.value = message.offset
        updatedAt.value = message.updatedAt
        clock.value = Date.now()
        error.value = null
        if (state.value !== 'done') state.value = 'done'
        if (changed.length > 0) countsDirty = true
        const records = new Map(message.entries.map((entry) => [entry.ticket.TicketID, entry.ticket]))
        emit({ ticketIds: changed, records, resync: false })
        return
      }
      case 'failed':
        error.value = received(message.error)
        if (state.value !== 'done') state.value = 'error'
        return
      case 'counts': {
        const next = new Map<number, CountResult>()
        for (const result of message.results) next.set(result.viewId, { viewId: result.viewId, count: result.count, error: result.error ? received(result.error) : null })
        countResults.value = next
        countsAt = message.at
        countsDirty = false
        countsSerial.value += 1
        return
      }
    }
  }

  /** Applies here and tells the other tabs. */
  function publish(message: FeedMessage): void {
    applyMessage(message)
    channel?.postMessage(message)
  }

  function onChannelMessage(message: FeedMessage): void {
    if (message.type === 'hello') {
      if (state.value === 'done') channel?.postMessage(snapshotMessage([]))
      return
    }
    if (message.type === 'want') {
      if (message.counts) remoteCountsWantedAt = Date.now()
      if (message.figures) remoteFiguresWantedAt = Date.now()
      return
    }
    if (message.type === 'delta') announceWants()
    // A snapshot answering another tab's hello is news only to a tab that has none.
    if (message.type === 'snapshot' && message.changedIds.length === 0 && state.value === 'done' && (updatedAt.value ?? 0) >= message.updatedAt) return
    applyMessage(message)
    // The answering tab showed only lists (no open tickets kept): this tab's figures need the snapshot.
    if (message.type === 'snapshot' && !message.figures && localFiguresWanted.value) void run('resync')
  }

  function snapshotMessage(changedIds: number[]): FeedMessage {
    return {
      type: 'snapshot',
      figures: figuresLoaded,
      entries: [...entries.value.values()].map((entry) => toRaw(entry)),
      total: total.value,
      watermark,
      atWatermark: [...atWatermark],
      offset: offset.value,
      updatedAt: updatedAt.value ?? Date.now(),
      resyncAt: resyncAt.value ?? Date.now(),
      changedIds,
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Fetching (the leader, or any tab on the agent's explicit request)

  function stamp(tickets: Ticket[]): Entry[] {
    const at = serverNowFrom(tickets) ?? Math.floor(Date.now() / 1000) + offset.value
    return tickets.map((ticket) => ({ ticket: markRaw(ticket), at }))
  }

  function learnOffset(tickets: Ticket[]): number {
    const server = serverNowFrom(tickets)
    return server === null ? offset.value : server - Math.floor(Date.now() / 1000)
  }

  /** The newest change and the tickets changed within its second: where the next poll starts. */
  function watermarkOf(tickets: Ticket[], from: string, seen: Set<number>): { watermark: string; atWatermark: number[] } {
    let mark = from
    for (const ticket of tickets) mark = laterTime(mark, ticket.ChangedServer)
    const at = mark === from ? new Set(seen) : new Set<number>()
    for (const ticket of tickets) if (ticket.ChangedServer === mark) at.add(ticket.TicketID)
    return { watermark: mark, atWatermark: [...at] }
  }

  async function resync(): Promise<void> {
    // The head of the change list is asked alongside the snapshot: whatever changed while the
    // snapshot pages loaded is in it (and newer records win the merge).
    // Screens without figures (a ticket list alone) need only the watermark, not the open tickets.
    const figures = figuresWanted()
    const [head, first] = await Promise.all([
      changeHead(),
      figures ? getTicketList({ ...OPEN_TICKETS, limit: SNAPSHOT_PAGE_SIZE }, { background: true }) : Promise.resolve({ Count: 0, Tickets: [] as Ticket[] }),
    ])
    const count = first.Count ?? first.Tickets.length
    const wanted = Math.min(count, SNAPSHOT_MAX_TICKETS)
    const offsets: number[] = []
    for (let from = SNAPSHOT_PAGE_SIZE; from < wanted; from += SNAPSHOT_PAGE_SIZE) offsets.push(from)
    const rest = await Promise.all(
      offsets.map((from) =>
        getTicketList(
          { ...OPEN_TICKETS, limit: Math.min(SNAPSHOT_PAGE_SIZE, wanted - from) + SNAPSHOT_OVERLAP, offset: from - SNAPSHOT_OVERLAP },
          { background: true },
        ),
      ),
    )
    const next = new Map<number, Entry>()
    for (const page of [first, ...rest]) for (const entry of stamp(page.Tickets)) next.set(entry.ticket.TicketID, entry)
    for (const entry of figures ? stamp(head.Tickets) : []) {
      const current = next.get(entry.ticket.TicketID)
      if (!newer(entry.ticket, current?.ticket)) continue
      if (isOpenStateType(entry.ticket.StateType)) next.set(entry.ticket.TicketID, entry)
      else next.delete(entry.ticket.TicketID)
    }
    const previous = entries.value
    const changedIds: number[] = []
    for (const [id, entry] of next) if (previous.get(id)?.ticket.ChangedServer !== entry.ticket.ChangedServer) changedIds.push(id)
    for (const id of previous.keys()) if (!next.has(id)) changedIds.push(id)
    const mark = watermarkOf(head.Tickets, '', new Set())
    const now = Date.now()
    publish({
      type: 'snapshot',
      figures,
      entries: [...next.values()],
      total: Math.max(count, next.size),
      watermark: mark.watermark,
      atWatermark: mark.atWatermark,
      offset: learnOffset([...first.Tickets, ...head.Tickets]),
      updatedAt: now,
      resyncAt: now,
      changedIds,
    })
  }

  /**
   * The newest changes, at least every ticket changed within the newest second: they all become
   * "seen at the watermark", else the next poll would take the rest of that second for news (a
   * batch of tickets changed together, such as a bulk action, shares one change time).
   */
  async function changeHead(): Promise<{ Tickets: Ticket[] }> {
    const tickets: Ticket[] = []
    let limit = CHANGES_FIRST_PAGE
    for (let from = 0; from < CHANGES_MAX; from += limit, limit = CHANGES_NEXT_PAGE) {
      const page = await getTicketList({ ...CHANGES_QUERY, limit, offset: from }, { background: true })
      tickets.push(...page.Tickets)
      const top = tickets[0]?.ChangedServer
      if (page.Tickets.length < limit || page.Tickets.some((ticket) => ticket.ChangedServer !== top)) break
    }
    return { Tickets: tickets }
  }

  async function pollChanges(): Promise<void> {
    const found: Ticket[] = []
    let from = 0
    // The tickets of the watermark's second come back first every time (the API has no "changed
    // after"): the first page makes room for them, so a quiet minute still costs one request.
    let limit = Math.min(CHANGES_MAX, firstPage + atWatermark.size)
    let lastPage: Ticket[] = []
    for (;;) {
      const page = await getTicketList({ ...CHANGES_QUERY, limit, offset: from }, { background: true })
      lastPage = page.Tickets
      let reachedOld = false
      for (const ticket of page.Tickets) {
        if (ticket.ChangedServer < watermark) {
          reachedOld = true
          break
        }
        if (ticket.ChangedServer === watermark && atWatermark.has(ticket.TicketID)) continue
        found.push(ticket)
      }
      if (reachedOld || page.Tickets.length < limit) break
      from += limit
      limit = CHANGES_NEXT_PAGE
      if (from >= CHANGES_MAX) {
        await resync()
        return
      }
    }
    firstPage = Math.min(CHANGES_NEXT_PAGE, Math.max(CHANGES_FIRST_PAGE, 2 * found.length + 2))
    const mark = watermarkOf(found, watermark, atWatermark)
    publish({
      type: 'delta',
      entries: stamp(found),
      watermark: mark.watermark,
      atWatermark: mark.atWatermark,
      offset: learnOffset(found.length > 0 ? found : lastPage),
      updatedAt: Date.now(),
    })
  }

  /** Tells the leader what this tab's screens need (it answers every poll, so the leader always knows). */
  function announceWants(): void {
    if (localCountsWanted.value || localFiguresWanted.value) {
      channel?.postMessage({ type: 'want', counts: localCountsWanted.value, figures: localFiguresWanted.value } satisfies FeedMessage)
    }
  }
  const recently = (at: number) => Date.now() - at < 3 * Math.max(intervalMs.value, 60_000)
  function countsWanted(): boolean {
    return localCountsWanted.value || recently(remoteCountsWantedAt)
  }
  function figuresWanted(): boolean {
    return localFiguresWanted.value || recently(remoteFiguresWantedAt)
  }

  let countsPending: Promise<void> | null = null
  function fetchCounts(): Promise<void> {
    if (!countsPending) {
      countsRunning.value = true
      countsPending = fetchCountsNow().finally(() => {
        countsPending = null
        countsRunning.value = false
      })
    }
    return countsPending
  }

  async function fetchCountsNow(): Promise<void> {
    const views = countViews.value
    if (views.length === 0) return
    const results = await Promise.all(
      views.map(async ({ viewId, query }) => {
        try {
          return { viewId, count: await countTickets(query, { background: true }), error: null }
        } catch (failure) {
          return { viewId, count: null, error: sendable(failure) }
        }
      }),
    )
    publish({ type: 'counts', results, at: Date.now() })
  }

  async function round(kind: 'auto' | 'manual' | 'resync'): Promise<void> {
    const now = Date.now()
    const resyncMs = feedResyncMinutes() * 60_000
    const due = kind === 'resync' || state.value !== 'done' || (resyncMs > 0 && now - (resyncAt.value ?? 0) >= resyncMs)
    try {
      if (due) await resync()
      else await pollChanges()
    } catch (failure) {
      publish({ type: 'failed', error: sendable(failure) })
      return
    }
    // A resync counts again unless the counts are younger than one interval (the first load asked already).
    const countsDue =
      kind === 'manual' || (due && now - countsAt >= Math.max(intervalMs.value, 1000)) || (countsDirty && now - countsAt >= COUNT_MIN_POLLS * Math.max(intervalMs.value, 1000))
    if (countsDue && countsWanted()) await fetchCounts()
  }

  function run(kind: 'auto' | 'manual' | 'resync'): Promise<void> {
    // The agent's click asks for news from after the click: a round already under way does not count.
    if (pending && kind === 'manual') return pending.then(() => run('manual'))
    if (pending) return pending
    running.value = true
    lastAttemptAt = Date.now()
    if (state.value === 'idle') state.value = 'loading'
    pending = round(kind).finally(() => {
      running.value = false
      pending = null
      schedule()
    })
    return pending
  }

  // ---------------------------------------------------------------------------------------------
  // Scheduling: only the leader polls, and only while it is visible and something shows live data.

  function schedule(): void {
    if (pollTimer) clearTimeout(pollTimer)
    pollTimer = null
    if (!leader.value || !active.value || !visible.value || intervalMs.value === 0) return
    // A failed round waits a full interval too (never a tight retry loop against a struggling server).
    const last = Math.max(updatedAt.value ?? 0, lastAttemptAt)
    const wait = Math.max(0, last + intervalMs.value - Date.now())
    pollTimer = setTimeout(() => {
      pollTimer = null
      if (pending) return schedule()
      // Nobody polled for a long time (every tab was hidden): what the feed cannot see may have
      // piled up, so start again from a full snapshot.
      const stale = resyncAt.value !== null && Date.now() - (updatedAt.value ?? 0) >= Math.max(LONG_HIDDEN_MS, 2 * intervalMs.value)
      void run(stale ? 'resync' : 'auto')
    }, wait)
  }

  function connect(): void {
    const login = session.me?.UserLogin ?? session.agentName ?? ''
    // One poller per agent *and server*: consoles on one origin may talk to different OTRS hosts
    // (the dev proxy, a simulator), and their tabs must not take each other's data.
    const name = `otrs-console:feed:${getApiBase()}:${login}`
    if (channelName === name) return
    disconnect()
    channelName = name
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(`${name}:data`)
      channel.onmessage = (event: MessageEvent) => onChannelMessage(event.data as FeedMessage)
    }
    leadership = createLeadership(name, {
      onChange: (isLeader) => {
        leader.value = isLeader
        // Taking over from another tab: until the others answer, assume they still show what they showed.
        if (isLeader && state.value === 'done') {
          remoteCountsWantedAt = Date.now()
          if (figuresLoaded) remoteFiguresWantedAt = Date.now()
        }
        schedule()
      },
      channel: typeof BroadcastChannel === 'undefined' ? () => ({ postMessage: () => undefined, close: () => undefined, onmessage: null }) : undefined,
    })
  }

  function disconnect(): void {
    leadership?.close()
    leadership = null
    channel?.close()
    channel = null
    channelName = ''
    leader.value = false
  }

  function updateCandidacy(): void {
    leadership?.setCandidate(active.value && visible.value && intervalMs.value > 0)
    schedule()
  }

  watch([active, visible, intervalMs], updateCandidacy)
  // Back in view: the figures move to the current time at once. The data itself is polled by the
  // leader (this tab, if no other visible one leads), as a resync when it was hidden long.
  watch(visible, (isVisible) => {
    if (isVisible) clock.value = Date.now()
  })
  watch(active, (isActive) => {
    if (clockTimer) clearInterval(clockTimer)
    clockTimer = null
    if (isActive) {
      clock.value = Date.now()
      clockTimer = setInterval(() => {
        if (visible.value) clock.value = Date.now()
      }, CLOCK_TICK_MS)
    }
  })

  /**
   * A screen that shows live data: polling runs while at least one is mounted (in some visible tab).
   * Answers the release function. The first screen loads the snapshot, or takes it from another tab.
   */
  function acquire(consumer: FeedConsumer): () => void {
    connect()
    consumers.value = new Set([...consumers.value, consumer])
    announceWants()
    // A screen with figures opened where the feed kept only the watermark (a list was open): load them.
    if (consumer.figures && state.value === 'done' && !figuresLoaded) void run('resync')
    if (state.value === 'idle') {
      state.value = 'loading'
      channel?.postMessage({ type: 'hello' } satisfies FeedMessage)
      setTimeout(() => {
        if (state.value === 'loading' && !pending) void run('resync')
      }, HELLO_WAIT_MS)
    }
    return () => {
      const next = new Set(consumers.value)
      next.delete(consumer)
      consumers.value = next
    }
  }

  /** The agent asked: poll now in this tab (whoever leads), with counts. */
  function refreshNow(): Promise<void> {
    return run('manual')
  }

  /**
   * The views whose counts the feed keeps (the dashboard's tiles). Counts that are missing or older
   * than the interval are fetched at once, in this tab (a dashboard opened next to a leader that
   * counts nothing yet must not wait for the next change).
   */
  function watchCounts(views: Array<{ viewId: number; query: TicketQuery }>): void {
    const same = views.length === countViews.value.length && views.every((view, index) => view.viewId === countViews.value[index].viewId)
    countViews.value = views
    const fresh = countsAt > 0 && Date.now() - countsAt < Math.max(intervalMs.value, 1000) && views.every((view) => countResults.value.has(view.viewId))
    if (!same || !fresh) void fetchCounts()
  }

  /** Counts one view again (a tile's retry) and shares the answer. */
  async function retryCount(viewId: number): Promise<void> {
    const view = countViews.value.find((candidate) => candidate.viewId === viewId)
    if (!view) return
    let result: { viewId: number; count: number | null; error: SentError | null }
    try {
      result = { viewId, count: await countTickets(view.query), error: null }
    } catch (failure) {
      result = { viewId, count: null, error: sendable(failure) }
    }
    const results = [...countResults.value.values()]
      .filter((entry) => entry.viewId !== viewId)
      .map((entry) => ({ viewId: entry.viewId, count: entry.count, error: entry.error ? sendable(entry.error) : null }))
    publish({ type: 'counts', results: [...results, result], at: countsAt || Date.now() })
  }

  function stop(): void {
    if (pollTimer) clearTimeout(pollTimer)
    if (clockTimer) clearInterval(clockTimer)
    pollTimer = null
    clockTimer = null
    disconnect()
    listeners.clear()
    entries.value = new Map()
    countResults.value = new Map()
    watermark = ''
    atWatermark = new Set()
    firstPage = CHANGES_FIRST_PAGE
    countsDirty = false
    countsAt = 0
    remoteCountsWantedAt = -Infinity
    remoteFiguresWantedAt = -Infinity
    figuresLoaded = false
    pending = null
    consumers.value = new Set()
  }
  onStoresReset(stop)

  return {
    state,
    error,
    running,
    updatedAt,
    resyncAt,
    total,
    truncated,
    tickets,
    serverNow,
    leader,
    countResults,
    countsSerial,
    countsRunning,
    clock,
    intervalMs,
    visible,
    subscribe,
    acquire,
    refreshNow,
    watchCounts,
    retryCount,
    stop,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTicketFeedStore, import.meta.hot))
