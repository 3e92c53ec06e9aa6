/**
 * The supervisor's queue monitor, computed from one snapshot of open tickets: per queue the
 * counts by state type, locks, escalations and the oldest ticket. Pure: the caller decides which
 * queues the agent may read and passes only those.
 */

/** The ticket fields the monitor reads (a getTicketList record has them all). */
export interface LoadTicket {
  TicketID: number
  QueueID: number
  StateID: number
  StateType: string
  Lock: string
  Age: number
  /** Seconds until the next escalation; negative once escalated, 0 when none runs. */
  EscalationTime: number
}

export type StateBucket = 'new' | 'open' | 'pending'

export interface QueueLoad {
  queueId: number
  new: number
  open: number
  pending: number
  total: number
  locked: number
  unlocked: number
  escalated: number
  /** Age in seconds of the oldest ticket in the queue, null when the queue is empty. */
  oldestAgeSeconds: number | null
}

/** Which column of the monitor a state type belongs to; closed, merged and removed have none. */
export function stateBucketOf(stateType: string): StateBucket | null {
  const type = stateType.toLowerCase()
  if (type === 'new') return 'new'
  if (type === 'open') return 'open'
  if (type.startsWith('pending')) return 'pending'
  return null
}

export function isLocked(lock: string): boolean {
  return lock === 'lock' || lock === 'tmp_lock'
}

export function isEscalated(ticket: Pick<LoadTicket, 'EscalationTime'>, elapsedSeconds = 0): boolean {
  return ticket.EscalationTime !== 0 && ticket.EscalationTime - elapsedSeconds < 0
}

export function emptyQueueLoad(queueId: number): QueueLoad {
  return { queueId, new: 0, open: 0, pending: 0, total: 0, locked: 0, unlocked: 0, escalated: 0, oldestAgeSeconds: null }
}

/**
 * Load per readable queue. Every readable queue gets an entry (an empty queue is news too);
 * tickets of other queues and of closed state types are ignored.
 */
export function aggregateQueueLoad(tickets: readonly LoadTicket[], readableQueueIds: Iterable<number>): Map<number, QueueLoad> {
  const loads = new Map<number, QueueLoad>()
  for (const queueId of readableQueueIds) loads.set(queueId, emptyQueueLoad(queueId))
  for (const ticket of tickets) {
    const load = loads.get(ticket.QueueID)
    const bucket = stateBucketOf(ticket.StateType)
    if (!load || !bucket) continue
    load[bucket] += 1
    load.total += 1
    if (isLocked(ticket.Lock)) load.locked += 1
    else load.unlocked += 1
    if (isEscalated(ticket)) load.escalated += 1
    if (load.oldestAgeSeconds === null || ticket.Age > load.oldestAgeSeconds) load.oldestAgeSeconds = ticket.Age
  }
  return loads
}

/** The state IDs behind each column, so a drill-down can filter the list by them. */
export function stateIdsByBucket(states: ReadonlyArray<{ ID: number; StateType?: string | null }>): Record<StateBucket, number[]> {
  const result: Record<StateBucket, number[]> = { new: [], open: [], pending: [] }
  for (const state of states) {
    const bucket = state.StateType ? stateBucketOf(state.StateType) : null
    if (bucket && !result[bucket].includes(state.ID)) result[bucket].push(state.ID)
  }
  for (const ids of Object.values(result)) ids.sort((a, b) => a - b)
  return result
}

/** A node of getQueueList's `QueueTree`. */
export interface QueueNode {
  ID: number
  Name: string
  FullName: string
  Accessible: number
  Childs?: QueueNode[]
}

export interface QueueMonitorRow {
  queueId: number
  /** The queue's own name under a shown parent, its full name otherwise. */
  label: string
  fullName: string
  /** Indentation: how many shown ancestors the row has. */
  depth: number
  load: QueueLoad
}

/**
 * The queue tree flattened in tree order, readable queues only. A parent the agent may not read
 * is left out and its readable children move up, labelled with their full name.
 */
export function queueMonitorRows(
  tree: readonly QueueNode[],
  loads: ReadonlyMap<number, QueueLoad>,
  isReadable: (queueId: number) => boolean,
): QueueMonitorRow[] {
  const rows: QueueMonitorRow[] = []
  const visit = (nodes: readonly QueueNode[], depth: number): void => {
    for (const node of [...nodes].sort((a, b) => a.FullName.localeCompare(b.FullName))) {
      const shown = node.Accessible === 1 && node.ID > 0 && isReadable(node.ID)
      if (shown) {
        rows.push({
          queueId: node.ID,
          label: depth > 0 ? node.Name : node.FullName,
          fullName: node.FullName,
          depth,
          load: loads.get(node.ID) ?? emptyQueueLoad(node.ID),
        })
      }
      visit(node.Childs ?? [], shown ? depth + 1 : depth)
    }
  }
  visit(tree, 0)
  return rows
}

/** Busiest first: most tickets, then most escalated, then the oldest waiting; ties by name. */
export function heaviestFirst(rows: readonly QueueMonitorRow[]): QueueMonitorRow[] {
  return [...rows].sort(
    (a, b) =>
      b.load.total - a.load.total ||
      b.load.escalated - a.load.escalated ||
      (b.load.oldestAgeSeconds ?? -1) - (a.load.oldestAgeSeconds ?? -1) ||
      a.fullName.localeCompare(b.fullName),
  )
}

/** Share (0–1) of the busiest queue's total, for the bars. */
export function barShare(total: number, maxTotal: number): number {
  return maxTotal > 0 ? Math.min(1, total / maxTotal) : 0
}
