import type { TicketViewItem } from '@/api/types'

/** Built-in views have negative IDs and English names from the server: we translate them. */
const BUILT_IN_VIEW_KEYS: Record<number, string> = {
  [-1]: 'ticketViews.assignedToMe',
  [-2]: 'ticketViews.myQueues',
  [-3]: 'ticketViews.open',
  [-4]: 'ticketViews.closed',
  [-5]: 'ticketViews.newNotes',
  [-6]: 'ticketViews.myLocked',
  [-7]: 'ticketViews.myWatched',
}

export function viewLabel(view: Pick<TicketViewItem, 'ID' | 'Name'>, t: (key: string) => string): string {
  const key = BUILT_IN_VIEW_KEYS[view.ID]
  return key ? t(key) : view.Name
}
