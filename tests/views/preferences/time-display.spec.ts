// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { displayServerTime, formatRelative, serverTimeToEpoch } from '@/entities/preferences/timeDisplay'

describe('serverTimeToEpoch', () => {
  it('reads a server time as wall-clock time in the agent\'s zone, summer and winter', () => {
    expect(serverTimeToEpoch('2026-07-01 12:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 1, 10, 0, 0))
    expect(serverTimeToEpoch('2026-11-27 19:09:12', 'Europe/Berlin')).toBe(Date.UTC(2026, 10, 27, 18, 9, 12))
    expect(serverTimeToEpoch('2026-11-27 19:09:12', 'UTC')).toBe(Date.UTC(2026, 10, 27, 19, 9, 12))
    expect(serverTimeToEpoch('2026-11-27 19:09:12', 'America/New_York')).toBe(Date.UTC(2026, 10, 28, 0, 9, 12))
  })

  it('handles the hour after a daylight-saving change', () => {
    // Berlin switches to summer time at 02:00 on 29 March 2026: 03:30 is already UTC+2.
    expect(serverTimeToEpoch('2026-03-29 03:30:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30, 0))
  })

  it('refuses what is not a server time, and survives an unknown zone', () => {
    expect(serverTimeToEpoch('yesterday', 'Europe/Berlin')).toBeNull()
    expect(serverTimeToEpoch('2026-11-27 19:09:12', 'Not/AZone')).toBeTypeOf('number')
  })
})

describe('formatRelative', () => {
  const now = Date.UTC(2026, 10, 27, 12, 0, 0)
  it('picks the largest fitting unit, in the agent\'s language', () => {
    expect(formatRelative(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago')
    expect(formatRelative(now - 3 * 3_600_000, now, 'ru')).toBe('3 часа назад')
    expect(formatRelative(now - 86_400_000, now, 'en')).toBe('yesterday')
    expect(formatRelative(now + 5 * 60_000, now, 'en')).toBe('in 5 minutes')
    expect(formatRelative(now - 10_000, now, 'en')).toBe('now')
  })

  it('rounds instead of cutting off, so a value read a moment late does not drop a unit', () => {
    expect(formatRelative(now - 3 * 3_600_000 + 20_000, now, 'en')).toBe('3 hours ago')
  })
})

describe('displayServerTime', () => {
  const now = Date.UTC(2026, 10, 27, 18, 0, 0)
  const options = { locale: 'en', timeZone: 'Europe/Berlin', nowMs: now }

  it('shows relative times with the exact time as the tooltip, and the other way round', () => {
    expect(displayServerTime('2026-11-27 16:00:00', { ...options, display: 'relative' })).toEqual({
      text: '3 hours ago',
      title: 'Nov 27, 2026, 4:00 PM',
    })
    expect(displayServerTime('2026-11-27 16:00:00', { ...options, display: 'absolute' })).toEqual({
      text: 'Nov 27, 2026, 4:00 PM',
      title: '3 hours ago',
    })
  })

  it('shows nothing for no time and unknown formats as they came', () => {
    expect(displayServerTime(null, { ...options, display: 'relative' })).toEqual({ text: '', title: '' })
    expect(displayServerTime('soon', { ...options, display: 'relative' })).toEqual({ text: 'soon', title: '' })
  })
})
