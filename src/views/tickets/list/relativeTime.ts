/** Relative times for the list ("5 minutes ago"), in the agent's language. */

import { relativeTimeFormat } from '@/utils/intl'

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** `seconds` from now: negative is in the past ("3 hours ago"), positive in the future ("in 2 days"). */
export function formatRelative(seconds: number, locale: string): string {
  const format = relativeTimeFormat(locale, { numeric: 'auto' })
  const size = Math.abs(seconds)
  for (const [unit, length] of UNITS) {
    if (size >= length) return format.format(Math.trunc(seconds / length), unit)
  }
  return format.format(0, 'minute')
}

/** Seconds between a server UTC time (`*Server` fields, "YYYY-MM-DD HH:MM:SS") and `nowMs`. */
export function secondsSinceServerTime(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
  if (!match) return null
  const [, year, month, day, hour, minute, second] = match.map(Number)
  return Math.round((nowMs - Date.UTC(year, month - 1, day, hour, minute, second)) / 1000)
}

/** Escalation within this many seconds counts as "soon". */
export const ESCALATION_SOON_SECONDS = 2 * 3_600

export type EscalationLevel = 'escalated' | 'soon' | null

/** From `EscalationTime` (seconds to the escalation; 0 means none runs). */
export function escalationLevel(escalationTime: number): EscalationLevel {
  if (escalationTime === 0) return null
  if (escalationTime < 0) return 'escalated'
  return escalationTime <= ESCALATION_SOON_SECONDS ? 'soon' : null
}

/** A pending reminder whose time has come (`UntilTime` is negative once it is overdue). */
export function reminderReached(ticket: { StateType: string; UntilTime: number }): boolean {
  return ticket.StateType === 'pending reminder' && ticket.UntilTime <= 0
}
