import { describe, expect, it } from 'vitest'
import { instantOf, pendingPresets, wallClockIn } from '@/utils/pendingPresets'

describe('pendingPresets', () => {
  it('computes +1 h, tomorrow 09:00 and next Monday 09:00 in the agent\'s zone', () => {
    // Friday 27 Nov 2026, 23:30 in Berlin (22:30 UTC).
    const now = new Date(Date.UTC(2026, 10, 27, 22, 30))
    const presets = pendingPresets(now, 'Europe/Berlin')
    expect(presets.inOneHour.toISOString()).toBe('2026-11-27T23:30:00.000Z')
    expect(presets.tomorrowMorning.toISOString()).toBe('2026-11-28T08:00:00.000Z')
    expect(presets.nextMonday.toISOString()).toBe('2026-11-30T08:00:00.000Z')
  })

  it('on a Monday, "next Monday" is a week later, and DST is respected', () => {
    // Monday 29 Mar 2027 07:00 UTC = 09:00 CEST, the day after the switch to summer time.
    const now = new Date(Date.UTC(2027, 2, 29, 7, 0))
    const presets = pendingPresets(now, 'Europe/Berlin')
    expect(presets.nextMonday.toISOString()).toBe('2027-04-05T07:00:00.000Z')
    expect(wallClockIn(presets.tomorrowMorning, 'Europe/Berlin')).toMatchObject({ day: 30, hour: 9, minute: 0 })
  })

  it('round-trips a wall-clock time through its instant', () => {
    const clock = { year: 2026, month: 12, day: 24, hour: 18, minute: 15 }
    expect(wallClockIn(instantOf(clock, 'America/New_York'), 'America/New_York')).toMatchObject(clock)
  })
})
