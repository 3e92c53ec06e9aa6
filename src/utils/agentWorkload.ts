/**
 * Who holds how much: per owner of open tickets, how many and how many locked, and the oldest
 * lock. A lock held longer than the stale limit usually means a ticket nobody is working on.
 */

export interface WorkloadTicket {
  TicketID: number
  OwnerID: number
  StateType: string
  Lock: string
  /** When the lock last changed (server unix seconds, 0 = never). */
  UnlockTimeout: number
}

export interface AgentWorkload {
  ownerId: number
  open: number
  locked: number
  /** Seconds the oldest lock has been held, null without locks (or without a lock time). */
  oldestLockSeconds: number | null
  staleLocks: number
}

/** A lock older than a working day is stale. */
export const STALE_LOCK_SECONDS = 24 * 3600

const CLOSED_TYPES = new Set(['closed', 'merged', 'removed'])

export function aggregateWorkload(
  tickets: readonly WorkloadTicket[],
  serverNowSeconds: number,
  staleAfterSeconds: number = STALE_LOCK_SECONDS,
): AgentWorkload[] {
  const byOwner = new Map<number, AgentWorkload>()
  for (const ticket of tickets) {
    if (CLOSED_TYPES.has(ticket.StateType.toLowerCase())) continue
    let load = byOwner.get(ticket.OwnerID)
    if (!load) {
      load = { ownerId: ticket.OwnerID, open: 0, locked: 0, oldestLockSeconds: null, staleLocks: 0 }
      byOwner.set(ticket.OwnerID, load)
    }
    load.open += 1
    if (ticket.Lock !== 'lock' && ticket.Lock !== 'tmp_lock') continue
    load.locked += 1
    if (ticket.UnlockTimeout <= 0) continue
    const held = Math.max(0, serverNowSeconds - ticket.UnlockTimeout)
    if (load.oldestLockSeconds === null || held > load.oldestLockSeconds) load.oldestLockSeconds = held
    if (held >= staleAfterSeconds) load.staleLocks += 1
  }
  return [...byOwner.values()].sort(
    (a, b) =>
      b.staleLocks - a.staleLocks ||
      b.locked - a.locked ||
      b.open - a.open ||
      (b.oldestLockSeconds ?? -1) - (a.oldestLockSeconds ?? -1) ||
      a.ownerId - b.ownerId,
  )
}

/**
 * The server's clock at the time of the answer, read from the tickets themselves (creation time
 * plus age), so lock ages do not depend on the browser's clock. Null without tickets.
 */
export function serverNowFrom(tickets: ReadonlyArray<{ CreateTimeUnix: number; Age: number }>): number | null {
  let latest: number | null = null
  for (const ticket of tickets) {
    if (!(ticket.CreateTimeUnix > 0)) continue
    const now = ticket.CreateTimeUnix + ticket.Age
    if (latest === null || now > latest) latest = now
  }
  return latest
}
