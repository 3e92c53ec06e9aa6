/**
 * Escalation buckets for the agent dashboard: already escalated, and escalating within 15 minutes,
 * within an hour, or before the end of the agent's day. The "within" buckets include the sooner
 * ones (a ticket escalating in 10 minutes also escalates within the hour).
 */

export interface EscalatingTicket {
  TicketID: number
  /** Seconds until the next escalation when fetched; negative once escalated, 0 when none runs. */
  EscalationTime: number
}

export type EscalationBucket = 'escalated' | 'within15m' | 'within1h' | 'today'

export const ESCALATION_BUCKETS: readonly EscalationBucket[] = ['escalated', 'within15m', 'within1h', 'today']

export type EscalationGroups<T> = Record<EscalationBucket, T[]>

/** Seconds until the escalation, `elapsedSeconds` after the tickets were fetched (null: none runs). */
export function secondsToEscalation(ticket: EscalatingTicket, elapsedSeconds = 0): number | null {
  return ticket.EscalationTime === 0 ? null : ticket.EscalationTime - elapsedSeconds
}

/**
 * Groups tickets by how soon they escalate. Each bucket is sorted most urgent first (the longest
 * overdue first among the escalated ones).
 */
export function groupByEscalation<T extends EscalatingTicket>(
  tickets: readonly T[],
  secondsUntilEndOfDay: number,
  elapsedSeconds = 0,
): EscalationGroups<T> {
  const groups: EscalationGroups<T> = { escalated: [], within15m: [], within1h: [], today: [] }
  const withRemaining = tickets
    .map((ticket) => ({ ticket, remaining: secondsToEscalation(ticket, elapsedSeconds) }))
    .filter((entry): entry is { ticket: T; remaining: number } => entry.remaining !== null)
    .sort((a, b) => a.remaining - b.remaining || a.ticket.TicketID - b.ticket.TicketID)
  for (const { ticket, remaining } of withRemaining) {
    if (remaining < 0) {
      groups.escalated.push(ticket)
      continue
    }
    if (remaining <= 15 * 60) groups.within15m.push(ticket)
    if (remaining <= 3600) groups.within1h.push(ticket)
    if (remaining <= Math.max(secondsUntilEndOfDay, 0)) groups.today.push(ticket)
  }
  return groups
}

/** Seconds from `nowMs` to the next midnight in `timeZone` (an IANA name; invalid ones mean UTC). */
export function secondsUntilEndOfDay(nowMs: number, timeZone: string | null | undefined): number {
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: timeZone || undefined,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(nowMs))
  } catch {
    return secondsUntilEndOfDay(nowMs, 'UTC')
  }
  const value = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0)
  const secondsIntoDay = value('hour') * 3600 + value('minute') * 60 + value('second')
  return 86_400 - secondsIntoDay
}

/** Tickets whose pending reminder time has come (pending reminder states only). */
export function pendingReminderReached<T extends { StateType: string; UntilTime: number }>(
  tickets: readonly T[],
  elapsedSeconds = 0,
): T[] {
  return tickets.filter((ticket) => ticket.StateType.toLowerCase() === 'pending reminder' && ticket.UntilTime - elapsedSeconds <= 0)
}
