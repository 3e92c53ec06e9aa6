import type { RouteLocationRaw } from 'vue-router'

/**
 * Links into the ticket list. The list reads its filter from these URL query keys (IDs
 * comma-separated): view, stateType, stateIds, queueIds, ownerIds, lockIds, smartSort=1.
 */
export interface TicketListFilter {
  viewId?: number
  stateType?: 'Open' | 'Closed'
  stateIds?: readonly number[]
  queueIds?: readonly number[]
  ownerIds?: readonly number[]
  lockIds?: readonly number[]
  smartSort?: boolean
}

/** OTRS lock IDs: 1 unlock, 2 lock, 3 tmp_lock. */
export const UNLOCKED_LOCK_IDS: readonly number[] = [1]
export const LOCKED_LOCK_IDS: readonly number[] = [2, 3]

function ids(list: readonly number[] | undefined): string | undefined {
  return list && list.length > 0 ? list.join(',') : undefined
}

export function ticketListLink(filter: TicketListFilter): RouteLocationRaw {
  const query: Record<string, string> = {}
  const entries: Array<[string, string | undefined]> = [
    ['view', filter.viewId === undefined ? undefined : String(filter.viewId)],
    ['stateType', filter.stateType],
    ['stateIds', ids(filter.stateIds)],
    ['queueIds', ids(filter.queueIds)],
    ['ownerIds', ids(filter.ownerIds)],
    ['lockIds', ids(filter.lockIds)],
    ['smartSort', filter.smartSort ? '1' : undefined],
  ]
  for (const [key, value] of entries) if (value !== undefined) query[key] = value
  return { name: 'tickets', query }
}

export function ticketLink(ticketId: number): RouteLocationRaw {
  return { name: 'ticket', params: { ticketId } }
}
