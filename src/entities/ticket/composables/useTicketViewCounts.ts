import { ref, watch, type Ref } from 'vue'
import type { TicketQuery } from '@/api/tickets'
import type { TicketViewItem } from '@/api/types'
import { useTicketFeedStore } from '@/stores/ticketFeed'

export type TileState = 'loading' | 'done' | 'error'

/** The built-in "New notes" view (-5) also counts closed tickets: the dashboard shows open ones. */
export const NEW_NOTES_VIEW_ID = -5

/** The filter a view's tile counts (and its link opens). */
export function viewCountQuery(view: Pick<TicketViewItem, 'ID'>): TicketQuery {
  return view.ID === NEW_NOTES_VIEW_ID ? { viewId: view.ID, stateType: 'Open' } : { viewId: view.ID }
}

export interface ViewCount {
  view: TicketViewItem
  query: TicketQuery
  /** `loading` only until the first answer: a refresh keeps the last number on screen. */
  state: TileState
  count: number | null
  /** How much the count grew with the last batch of counts (0 when it did not). */
  growth: number
  error: unknown
  refreshing: boolean
}

/**
 * The ticket count of every view. The server counts them (Count=1, one parallel wave) through the
 * change feed, which asks again only after it saw a change (stores/ticketFeed) and shares the answers
 * with the other tabs. One failing count does not blank the others: each tile has its own state and
 * can be retried alone. A new batch updates the entries in place and writes a number only when it
 * changed, so unchanged tiles stay as they are. `onBatch` is called with the counts of each batch.
 */
export function useTicketViewCounts(onBatch?: (counts: Map<number, number>) => void): {
  counts: Ref<ViewCount[]>
  setViews: (views: TicketViewItem[]) => void
  retry: (viewId: number) => Promise<void>
} {
  const feed = useTicketFeedStore()
  const counts = ref<ViewCount[]>([])

  function sameViews(views: TicketViewItem[]): boolean {
    return views.length === counts.value.length && views.every((view, index) => counts.value[index].view.ID === view.ID)
  }

  function apply(): void {
    const batch = new Map<number, number>()
    for (const entry of counts.value) {
      const result = feed.countResults.get(entry.view.ID)
      if (!result) continue
      if (result.error !== null) {
        entry.error = result.error
        entry.state = 'error'
        continue
      }
      const next = result.count ?? 0
      const growth = entry.count !== null && next > entry.count ? next - entry.count : 0
      if (entry.growth !== growth) entry.growth = growth
      if (entry.count !== next) entry.count = next
      if (entry.state !== 'done') entry.state = 'done'
      if (entry.error !== null) entry.error = null
      batch.set(entry.view.ID, next)
    }
    if (batch.size > 0) onBatch?.(batch)
  }

  watch(() => feed.countsSerial, apply)
  watch(
    () => feed.countsRunning,
    (running) => {
      for (const entry of counts.value) if (entry.refreshing !== running) entry.refreshing = running
    },
  )

  /** The views to show; counts missing or older than the interval are asked for at once. */
  function setViews(views: TicketViewItem[]): void {
    if (!sameViews(views)) {
      counts.value = views.map((view) => ({
        view,
        query: viewCountQuery(view),
        state: 'loading',
        count: null,
        growth: 0,
        error: null,
        refreshing: false,
      }))
      apply()
    }
    feed.watchCounts(counts.value.map((entry) => ({ viewId: entry.view.ID, query: entry.query })))
  }

  async function retry(viewId: number): Promise<void> {
    const entry = counts.value.find((candidate) => candidate.view.ID === viewId)
    if (!entry) return
    entry.state = 'loading'
    await feed.retryCount(viewId)
  }

  return { counts, setViews, retry }
}
