import { computed, onScopeDispose, type ComputedRef, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import type { Ticket } from '@/api/types'
import { useTicketFeedStore, type FeedConsumer, type FeedState } from '@/stores/ticketFeed'

export type SnapshotState = FeedState

export interface OpenTicketSnapshot {
  state: Ref<SnapshotState>
  /** The open tickets the agent may read, their times as of the feed's clock. */
  tickets: ComputedRef<Ticket[]>
  /** How many open tickets the server has (may exceed what was fetched). */
  total: Ref<number>
  truncated: ComputedRef<boolean>
  /** Browser time (ms) the figures are computed for: the feed's clock, which moves without requests. */
  fetchedAt: Ref<number | null>
  /** The server's clock (unix seconds) at that time. */
  serverNow: ComputedRef<number | null>
  error: Ref<unknown>
  /** Asks the server for what changed now (a retry, or the refresh button). */
  load: () => Promise<void>
}

/** A screen's live-data status, for the refresh bar. */
export interface LiveStatus {
  /** Browser time (ms) when the last poll that brought data finished (in any tab); null before. */
  updatedAt: Ref<number | null>
  running: ComputedRef<boolean>
  /** Automatic updates are switched on (interval above 0). */
  enabled: ComputedRef<boolean>
  /** Switched on, but waiting because the tab is hidden. */
  paused: ComputedRef<boolean>
  refreshNow: () => Promise<void>
}

/**
 * The open tickets for a screen that shows live figures (dashboard, queue monitor), from the one
 * change feed of the agent's session (stores/ticketFeed): mounting the screen makes it a consumer
 * of the feed, leaving releases it. No screen polls on its own.
 */
export function useOpenTicketSnapshot(consumer: FeedConsumer): { snapshot: OpenTicketSnapshot; live: LiveStatus } {
  const feed = useTicketFeedStore()
  const refs = storeToRefs(feed)
  const release = feed.acquire({ ...consumer, figures: true })
  onScopeDispose(release)

  const clock = refs.clock as Ref<number | null>
  const snapshot: OpenTicketSnapshot = {
    state: refs.state,
    tickets: computed(() => feed.tickets),
    total: refs.total,
    truncated: computed(() => feed.truncated),
    fetchedAt: clock,
    serverNow: computed(() => (feed.state === 'done' ? feed.serverNow : null)),
    error: refs.error,
    load: () => feed.refreshNow(),
  }
  const enabled = computed(() => consumer.intervalSeconds() > 0)
  const live: LiveStatus = {
    updatedAt: refs.updatedAt,
    running: computed(() => feed.running || feed.countsRunning),
    enabled,
    paused: computed(() => enabled.value && !feed.visible),
    refreshNow: () => feed.refreshNow(),
  }
  return { snapshot, live }
}
