// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allWithinBudget, checkBudgets, parseBudgetFile, type Budget } from '../../bench/lib/budgets'
import { formatTable } from '../../bench/lib/report'
import { burstCount, frameStats, median, slope } from '../../bench/lib/stats'

const budgets: Budget[] = [
  { metric: 'bytes.loginInitialJsGzipKB', max: 120, unit: 'KB' },
  { metric: 'roundTrips.ticketOpen', max: 1, unit: 'rt' },
]

describe('budget checking', () => {
  it('passes figures at or under their limit', () => {
    const checks = checkBudgets({ 'bytes.loginInitialJsGzipKB': 120, 'roundTrips.ticketOpen': 1 }, budgets)
    expect(checks.map((check) => check.ok)).toEqual([true, true])
    expect(allWithinBudget(checks)).toBe(true)
  })

  it('fails a figure over its limit and says by how much', () => {
    const checks = checkBudgets({ 'bytes.loginInitialJsGzipKB': 121.5, 'roundTrips.ticketOpen': 1 }, budgets)
    expect(checks[0]).toMatchObject({ metric: 'bytes.loginInitialJsGzipKB', value: 121.5, max: 120, ok: false })
    expect(allWithinBudget(checks)).toBe(false)
  })

  it('fails a budget whose figure was not measured', () => {
    const checks = checkBudgets({ 'bytes.loginInitialJsGzipKB': 80, 'roundTrips.ticketOpen': null }, budgets)
    expect(checks[1]).toMatchObject({ value: null, ok: false })
    expect(checkBudgets({}, budgets).every((check) => !check.ok)).toBe(true)
    expect(checkBudgets({ 'roundTrips.ticketOpen': Number.NaN }, budgets)[1].ok).toBe(false)
  })

  it('marks failures and missing figures in the table', () => {
    const checks = checkBudgets({ 'bytes.loginInitialJsGzipKB': 130 }, budgets)
    const table = formatTable([{ key: 'bytes.loginInitialJsGzipKB', label: 'login JS', value: 130, unit: 'KB' }], checks)
    expect(table).toMatch(/login JS\s+130 KB\s+≤ 120 KB\s+OVER/)
    expect(table).toMatch(/roundTrips\.ticketOpen\s+—\s+≤ 1 rt\s+MISSING/)
  })

  it('reads the repository budgets, which hold the limits issues 10 and 15 set', () => {
    const file = parseBudgetFile(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8'))
    const limit = (metric: string) => file.budgets.find((budget) => budget.metric === metric)?.max
    expect(limit('bytes.loginInitialJsGzipKB')).toBe(120)
    expect(limit('bytes.dashboardInitialJsGzipKB')).toBe(200)
    expect(limit('roundTrips.ticketOpen')).toBe(1)
    expect(limit('waves.dashboardCounts')).toBe(1)
    // Issue 15: what an open console may cost the server.
    expect(limit('idle.hiddenRequestsPerMinute')).toBe(0)
    expect(limit('idle.visibleRequestsPerMinuteSteady')).toBe(2)
    expect(limit('idle.visibleKBPerMinute')).toBe(50)
    expect(limit('idle.busyRequestsPerMinute')).toBe(4)
    expect(limit('idle.busyKBPerMinute')).toBe(150)
    expect(limit('idle.twoTabsRequestsPerMinute')).toBe(2)
    expect(limit('idle.visibleRequestsPerRefresh')).toBeUndefined()
  })

  it('refuses malformed or duplicated budgets', () => {
    expect(() => parseBudgetFile('[]')).toThrow(/budgets/)
    expect(() => parseBudgetFile('{"budgets":[{"metric":"a","max":"1","unit":"KB"}]}')).toThrow(/entry 0/)
    expect(() => parseBudgetFile('{"budgets":[{"metric":"a","max":1,"unit":"KB"},{"metric":"a","max":2,"unit":"KB"}]}')).toThrow(/two budgets/)
  })
})

describe('bench statistics', () => {
  it('takes the median of odd and even sample counts', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('counts frames the page missed from animation-frame timestamps', () => {
    const smooth = Array.from({ length: 61 }, (_, index) => index * 16.7)
    expect(frameStats(smooth)).toMatchObject({ dropped: 0, droppedShare: 0 })
    // One 50 ms gap at 60 Hz: two frames went by without a new picture.
    const hitch = [...smooth.slice(0, 30), ...smooth.slice(32)]
    const stats = frameStats(hitch)
    expect(stats.dropped).toBe(2)
    expect(stats.longestMs).toBeCloseTo(50.1, 1)
    expect(stats.droppedShare).toBeCloseTo(2 / 60, 5)
  })

  it('counts every late frame against the display rate, even when most frames are late', () => {
    const everyOther = Array.from({ length: 31 }, (_, index) => index * 33.4)
    expect(frameStats(everyOther).dropped).toBe(30)
    expect(frameStats(everyOther).droppedShare).toBeCloseTo(0.5, 2)
  })

  it('groups refresh rounds by the silence between them', () => {
    expect(burstCount([0, 5, 12, 60_000, 60_030, 120_000], 5_000)).toBe(3)
    expect(burstCount([], 5_000)).toBe(0)
  })

  it('measures growth per step with a least-squares slope', () => {
    expect(slope([10, 10, 10, 10])).toBe(0)
    expect(slope([1, 2, 3, 4])).toBeCloseTo(1, 10)
    expect(slope([5])).toBe(0)
  })
})
