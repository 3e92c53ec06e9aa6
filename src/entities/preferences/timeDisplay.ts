import type { TimeDisplay } from '@/stores/preferences'
import { formatServerDateTime } from '@/utils/time'
import { dateTimeFormat, relativeTimeFormat } from '@/utils/intl'

const SERVER_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/

/** How far `timeZone` is ahead of UTC at the instant `epochMs`, in milliseconds. */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs))
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((entry) => entry.type === type)?.value)
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant a server time stands for. The server writes `YYYY-MM-DD HH:MM:SS` in the agent's
 * time zone without a suffix; without a known zone the browser's is the best guess.
 */
export function serverTimeToEpoch(value: string, timeZone: string | null): number | null {
  const match = SERVER_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  if (!timeZone) return new Date(year, month - 1, day, hour, minute, second).getTime()
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second)
  try {
    // Twice: the first guess may sit on the other side of a daylight-saving change.
    const first = wallClock - zoneOffsetMs(wallClock, timeZone)
    return wallClock - zoneOffsetMs(first, timeZone)
  } catch {
    return new Date(year, month - 1, day, hour, minute, second).getTime()
  }
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** "3 hours ago", "in 2 days", "now" for the locale. */
export function formatRelative(epochMs: number, nowMs: number, locale: string): string {
  const seconds = Math.round((epochMs - nowMs) / 1000)
  const format = relativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'second')
}

export interface DisplayedTime {
  /** What the screen shows. */
  text: string
  /** The other form, for a tooltip: absolute when `text` is relative and the other way round. */
  title: string
}

/** A server time as the agent prefers to see it; unreadable values are shown as they came. */
export function displayServerTime(
  value: string | null | undefined,
  options: { display: TimeDisplay; locale: string; timeZone: string | null; nowMs: number },
): DisplayedTime {
  if (!value) return { text: '', title: '' }
  const absolute = formatServerDateTime(value, options.locale)
  const epoch = serverTimeToEpoch(value, options.timeZone)
  if (epoch === null) return { text: value, title: '' }
  const relative = formatRelative(epoch, options.nowMs, options.locale)
  return options.display === 'relative' ? { text: relative, title: absolute } : { text: absolute, title: relative }
}
