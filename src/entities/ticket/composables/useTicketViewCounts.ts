import { ref, type Ref } from 'vue'
import { countTickets, type TicketQuery } from '@/api/tickets'
import type { TicketViewItem } from '@/api/types'

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
  /** How much the count grew in the last refresh (0 when it did not). */
  growth: number
  error: unknown
  refreshing: boolean
}

export interface LoadOptions {
  /** Automatic refresh: does not count as agent activity on the server. */
  background?: boolean
}

/**
 * The ticket count of every view, fetched in one parallel wave (Count=1). One failing count does
 * not blank the others: each tile has its own state and can be retried alone. A refresh updates
 * the entries in place and writes a number only when it changed, so unchanged tiles stay as they are.
 */
export function useTicketViewCounts(): {
  counts: Ref<ViewCount[]>
  load: (views: TicketViewItem[], options?: LoadOptions) => Promise<Map<number, number>>
  retry: (viewId: number) => Promise<void>
} {
  const counts = ref<ViewCount[]>([])

  async function loadOne(entry: ViewCount, options: LoadOptions): Promise<void> {
    entry.refreshing = true
    try {
      const next = await countTickets(entry.query, { background: options.background })
      const growth = entry.count !== null && next > entry.count ? next - entry.count : 0
      if (entry.growth !== growth) entry.growth = growth
      if (entry.count !== next) entry.count = next
      if (entry.state !== 'done') entry.state = 'done'
      if (entry.error !== null) entry.error = null
    } catch (error) {
      entry.error = error
      entry.state = 'error'
    } finally {
      entry.refreshing = false
    }
  }

  function sameViews(views: TicketViewItem[]): boolean {
    return views.length === counts.value.length && views.every((view, index) => counts.value[index].view.ID === view.ID)
  }

  /** Loads (or refreshes) every view's count; resolves with the counts that came back. */
  async function load(views: TicketViewItem[], options: LoadOptions = {}): Promise<Map<number, number>> {
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
    }
    await Promise.all(counts.value.map((entry) => loadOne(entry, options)))
    const result = new Map<number, number>()
    for (const entry of counts.value) if (entry.state === 'done' && entry.count !== null) result.set(entry.view.ID, entry.count)
    return result
  }

  async function retry(viewId: number): Promise<void> {
    const entry = counts.value.find((candidate) => candidate.view.ID === viewId)
    if (!entry) return
    entry.state = 'loading'
    await loadOne(entry, {})
  }

  return { counts, load, retry }
}
