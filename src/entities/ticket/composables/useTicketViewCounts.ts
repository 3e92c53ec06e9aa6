import { ref, type Ref } from 'vue'
import { countTickets } from '@/api/tickets'
import type { TicketViewItem } from '@/api/types'

export type TileState = 'loading' | 'done' | 'error'

export interface ViewCount {
  view: TicketViewItem
  state: TileState
  count: number | null
  error: unknown
}

/**
 * The ticket count of every view, fetched in one parallel wave. One failing count does not blank
 * the others: each tile has its own state and can be retried alone.
 */
export function useTicketViewCounts(): {
  counts: Ref<ViewCount[]>
  loadAll: (views: TicketViewItem[]) => Promise<void>
  retry: (viewId: number) => Promise<void>
} {
  const counts = ref<ViewCount[]>([])

  async function loadOne(entry: ViewCount): Promise<void> {
    entry.state = 'loading'
    entry.error = null
    try {
      entry.count = await countTickets({ viewId: entry.view.ID })
      entry.state = 'done'
    } catch (error) {
      entry.error = error
      entry.state = 'error'
    }
  }

  async function loadAll(views: TicketViewItem[]): Promise<void> {
    counts.value = views.map((view) => ({ view, state: 'loading', count: null, error: null }))
    await Promise.all(counts.value.map((entry) => loadOne(entry)))
  }

  async function retry(viewId: number): Promise<void> {
    const entry = counts.value.find((candidate) => candidate.view.ID === viewId)
    if (entry) await loadOne(entry)
  }

  return { counts, loadAll, retry }
}
