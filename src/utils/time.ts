import { dateTimeFormat, numberFormat } from './intl'

/** Compact, localised age such as "3 d 4 h" or "12 min" from a number of seconds. */
export function formatAge(seconds: number, locale: string): string {
  const safe = Math.max(0, Math.floor(seconds))
  const units: Array<[Intl.NumberFormatOptions['unit'], number]> = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ]
  const parts: string[] = []
  let rest = safe
  for (const [unit, size] of units) {
    const amount = Math.floor(rest / size)
    if (amount > 0 || (unit === 'minute' && parts.length === 0)) {
      parts.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format(amount))
      rest -= amount * size
    }
    if (parts.length === 2) break
  }
  return parts.join(' ')
}

/** "2026-11-27 19:09:12" (server format, agent's zone) → "27 Nov 2026, 19:09" for the locale. */
export function formatServerDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value)
  if (!match) return value
  const [, year, month, day, hour, minute] = match.map(Number)
  // Built as UTC and formatted as UTC: the value is already in the agent's zone, no shift wanted.
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute))
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)
}
