/** Date formatting the way OTRS prints it: `YYYY-MM-DD HH:MM:SS`, no zone suffix. */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Unix seconds → `YYYY-MM-DD HH:MM:SS` in the given zone (UTC when none) */
export function formatDate(unixSeconds: number, timeZone?: string | null): string {
  if (!timeZone || timeZone === 'UTC') {
    return new Date(unixSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ')
  }
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(unixSeconds * 1000))) parts[part.type] = part.value
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`
}

/** Offset of a zone from UTC at a moment, in seconds */
function zoneOffsetSeconds(unixSeconds: number, timeZone: string): number {
  const local = formatDate(unixSeconds, timeZone)
  const asUtc = Date.parse(local.replace(' ', 'T') + 'Z') / 1000
  return asUtc - unixSeconds
}

/**
 * Wall-clock date parts in a zone → unix seconds; null when the parts are no real date
 * (OTRS refuses month 13 or day 40 rather than rolling them over).
 */
export function unixFromParts(year: number, month: number, day: number, hour: number, minute: number, timeZone?: string | null): number | null {
  if (![year, month, day, hour, minute].every(Number.isInteger)) return null
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null
  const utc = Date.UTC(year, month - 1, day, hour, minute) / 1000
  const check = new Date(utc * 1000)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  if (!timeZone || timeZone === 'UTC') return utc
  return utc - zoneOffsetSeconds(utc, timeZone)
}

/** `285h 3m`: how OTRS spells a span in EscalationDestinationIn */
export function formatHoursMinutes(seconds: number): string {
  const abs = Math.abs(Math.trunc(seconds))
  return `${Math.floor(abs / 3600)}h ${Math.floor((abs % 3600) / 60)}m`
}
