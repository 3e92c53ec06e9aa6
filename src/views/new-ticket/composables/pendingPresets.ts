export type PendingPreset = 'inOneHour' | 'tomorrowMorning' | 'inThreeDays' | 'nextMonday'

export const PENDING_PRESETS: readonly PendingPreset[] = ['inOneHour', 'tomorrowMorning', 'inThreeDays', 'nextMonday']

const MORNING_HOUR = 9

function atMorning(date: Date, daysAhead: number): number {
  const result = new Date(date)
  result.setDate(result.getDate() + daysAhead)
  result.setHours(MORNING_HOUR, 0, 0, 0)
  return result.getTime()
}

/** When a preset puts the reminder, in the browser's local time (ms since the epoch). */
export function pendingPresetTime(preset: PendingPreset, now: Date): number {
  switch (preset) {
    case 'inOneHour': {
      // Rounded up to the next five minutes: reminders at 10:37:12 look accidental.
      const step = 5 * 60 * 1000
      return Math.ceil((now.getTime() + 60 * 60 * 1000) / step) * step
    }
    case 'tomorrowMorning':
      return atMorning(now, 1)
    case 'inThreeDays':
      return atMorning(now, 3)
    case 'nextMonday': {
      const day = now.getDay()
      const ahead = ((8 - day) % 7) || 7
      return atMorning(now, ahead)
    }
  }
}
