// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { groupByEscalation, pendingReminderReached, secondsUntilEndOfDay } from '@/utils/escalationBuckets'
import { ticket } from './factories'

describe('groupByEscalation', () => {
  const overdueLong = ticket({ EscalationTime: -7200 })
  const overdue = ticket({ EscalationTime: -5 })
  const in10m = ticket({ EscalationTime: 600 })
  const in40m = ticket({ EscalationTime: 2400 })
  const in5h = ticket({ EscalationTime: 5 * 3600 })
  const tomorrow = ticket({ EscalationTime: 30 * 3600 })
  const none = ticket({ EscalationTime: 0 })
  const all = [in5h, none, overdue, tomorrow, in10m, overdueLong, in40m]

  it('puts each ticket in every bucket it belongs to, most urgent first', () => {
    const groups = groupByEscalation(all, 8 * 3600)
    expect(groups.escalated).toEqual([overdueLong, overdue])
    expect(groups.within15m).toEqual([in10m])
    expect(groups.within1h).toEqual([in10m, in40m])
    expect(groups.today).toEqual([in10m, in40m, in5h])
  })

  it('counts the time passed since the tickets were fetched', () => {
    const groups = groupByEscalation(all, 8 * 3600, 700)
    expect(groups.escalated).toEqual([overdueLong, overdue, in10m])
    expect(groups.within15m).toEqual([])
    expect(groups.within1h).toEqual([in40m])
  })
})

describe('secondsUntilEndOfDay', () => {
  it('measures to midnight in the agent time zone, not the browser one', () => {
    const at = Date.UTC(2026, 10, 27, 22, 30, 0)
    expect(secondsUntilEndOfDay(at, 'UTC')).toBe(90 * 60)
    // 23:30 in Berlin (UTC+1 in November).
    expect(secondsUntilEndOfDay(at, 'Europe/Berlin')).toBe(30 * 60)
    expect(secondsUntilEndOfDay(at, 'Not/AZone')).toBe(90 * 60)
  })
})

describe('pendingReminderReached', () => {
  it('keeps pending reminders whose time has come, not pending auto-close ones', () => {
    const reached = ticket({ StateType: 'pending reminder', UntilTime: -60 })
    const soon = ticket({ StateType: 'pending reminder', UntilTime: 120 })
    const auto = ticket({ StateType: 'pending auto', UntilTime: -60 })
    expect(pendingReminderReached([reached, soon, auto])).toEqual([reached])
    expect(pendingReminderReached([reached, soon, auto], 180)).toEqual([reached, soon])
  })
})
