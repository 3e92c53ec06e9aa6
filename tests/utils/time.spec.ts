import { describe, expect, it } from 'vitest'
import { formatAge, formatServerDateTime } from '@/utils/time'

describe('formatAge', () => {
  it('shows the two largest units', () => {
    expect(formatAge(3 * 86_400 + 4 * 3_600 + 59, 'en')).toBe('3d 4h')
    expect(formatAge(2 * 3_600 + 5 * 60, 'en')).toBe('2h 5m')
  })

  it('shows minutes for young tickets, never a negative age', () => {
    expect(formatAge(42, 'en')).toBe('0m')
    expect(formatAge(-10, 'en')).toBe('0m')
  })

  it('speaks the agent language', () => {
    expect(formatAge(86_400 + 3_600, 'ru')).toMatch(/^1\s?д\.? 1\s?ч$/)
  })
})

describe('formatServerDateTime', () => {
  it('formats the server time as given, without shifting the zone', () => {
    expect(formatServerDateTime('2026-11-27 19:09:12', 'en-GB')).toBe('27 Nov 2026, 19:09')
  })

  it('keeps unknown formats and empty values readable', () => {
    expect(formatServerDateTime(null, 'en')).toBe('')
    expect(formatServerDateTime('soon', 'en')).toBe('soon')
  })
})
