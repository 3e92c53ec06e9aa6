export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

/** The wall-clock time of an instant in a time zone. */
export function wallClockIn(instant: Date, timeZone: string): WallClock & { weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return {
    year: Number(value('year')),
    month: Number(value('month')),
    day: Number(value('day')),
    hour: Number(value('hour')),
    minute: Number(value('minute')),
    weekday: weekdays.indexOf(value('weekday')),
  }
}

/** The instant at which a wall-clock time happens in a time zone (DST-aware to the minute). */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const guess = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute)
  let instant = guess
  // Two rounds settle the zone offset, also across a DST switch.
  for (let round = 0; round < 2; round += 1) {
    const seen = wallClockIn(new Date(instant), timeZone)
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute)
    instant += guess - seenUtc
  }
  return new Date(instant)
}

function addDays(clock: WallClock, days: number): WallClock {
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: clock.hour, minute: clock.minute }
}

export type PendingPreset = 'inOneHour' | 'tomorrowMorning' | 'nextMonday'

/** The pending-time presets in the agent's time zone: +1 h, tomorrow 09:00, next Monday 09:00. */
export function pendingPresets(now: Date, timeZone: string): Record<PendingPreset, Date> {
  const today = wallClockIn(now, timeZone)
  const tomorrow = addDays({ ...today, hour: 9, minute: 0 }, 1)
  const daysToMonday = ((8 - today.weekday) % 7) || 7
  const monday = addDays({ ...today, hour: 9, minute: 0 }, daysToMonday)
  return {
    inOneHour: new Date(Math.ceil((now.getTime() + 3_600_000) / 60_000) * 60_000),
    tomorrowMorning: instantOf(tomorrow, timeZone),
    nextMonday: instantOf(monday, timeZone),
  }
}
