/**
 * The change feed under simulated minutes (fake timers, the simulator in-process with background
 * activity): after every poll each dashboard and monitor figure is what a fresh full load shows at
 * that moment, and an idle or hidden console costs what the issue says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, type EffectScope } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { countTickets, getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { useOpenTicketSnapshot } from '@/entities/ticket/composables/useOpenTicketSnapshot'
import { viewCountQuery } from '@/entities/ticket/composables/useTicketViewCounts'
import { useSessionStore } from '@/stores/session'
import { useTicketFeedStore } from '@/stores/ticketFeed'
import { aggregateWorkload, serverNowFrom } from '@/utils/agentWorkload'
import { groupByEscalation, pendingReminderReached, secondsUntilEndOfDay } from '@/utils/escalationBuckets'
import { aggregateQueueLoad } from '@/utils/queueLoad'
import { createSimulator } from '../../../simulator'
import { routeApiTo } from '../../support/inProcessSimulator'

const START = Date.UTC(2026, 10, 27, 8, 0, 0)
const VIEW_IDS = [-1, -2, -3, -4, -5, -6, -7]
const QUEUE_IDS = [1, 2, 3, 4, 5, 6, 7, 8]
const ZONE = 'Europe/Berlin'

let visibility: DocumentVisibilityState = 'visible'
function setVisibility(next: DocumentVisibilityState): void {
  visibility = next
  document.dispatchEvent(new Event('visibilitychange'))
}

/** Every figure the dashboard and the monitor draw, from one set of open tickets at one server time. */
function figures(tickets: Ticket[], serverNow: number) {
  const ids = (list: Ticket[]) => list.map((ticket) => ticket.TicketID)
  const groups = groupByEscalation(tickets, secondsUntilEndOfDay(serverNow * 1000, ZONE))
  return {
    tickets: [...tickets]
      .sort((a, b) => a.TicketID - b.TicketID)
      .map((t) => [t.TicketID, t.QueueID, t.StateID, t.Lock, t.OwnerID, t.PriorityID, t.Age, t.EscalationTime, t.UntilTime, t.UnlockTimeout, t.ChangedServer]),
    escalated: ids(groups.escalated),
    within15m: ids(groups.within15m),
    within1h: ids(groups.within1h),
    today: ids(groups.today),
    remindersDue: ids(pendingReminderReached(tickets)).sort((a, b) => a - b),
    queues: [...aggregateQueueLoad(tickets, QUEUE_IDS).values()],
    workload: aggregateWorkload(tickets, serverNow),
  }
}

/** The test's own calls are not the console's: they are taken out of the record again. */
async function uncounted<T>(work: () => Promise<T>): Promise<T> {
  const mark = routed?.calls.length ?? 0
  try {
    return await work()
  } finally {
    routed?.calls.splice(mark)
  }
}

function freshLoad(): Promise<{ tickets: Ticket[]; serverNow: number }> {
  return uncounted(async () => {
    const answer = await getTicketList({ stateType: 'Open', sortBy: ['Age'], orderBy: ['Up'], limit: 5000 })
    return { tickets: answer.Tickets, serverNow: serverNowFrom(answer.Tickets) ?? 0 }
  })
}

function freshCounts(): Promise<Map<number, number>> {
  return uncounted(async () => {
    const counts = new Map<number, number>()
    for (const viewId of VIEW_IDS) counts.set(viewId, await countTickets(viewCountQuery({ ID: viewId })))
    return counts
  })
}

/** Moves the clock to the next poll exactly, so the fresh load sees the world the poll saw. */
async function untilNextPoll(feed: ReturnType<typeof useTicketFeedStore>): Promise<void> {
  const before = feed.updatedAt
  for (let step = 0; step < 2000 && feed.updatedAt === before; step++) await vi.advanceTimersByTimeAsync(50)
  expect(feed.updatedAt).not.toBe(before)
  await nextTick()
}

/** Moves to the feed's next clock tick (the figures move every 30 s without a request). */
async function untilClockTick(feed: ReturnType<typeof useTicketFeedStore>): Promise<void> {
  const before = feed.clock
  for (let step = 0; step < 1000 && feed.clock === before; step++) await vi.advanceTimersByTimeAsync(50)
  expect(feed.clock).toBe(Date.now())
  await nextTick()
}

let scope: EffectScope | null = null
let routed: ReturnType<typeof routeApiTo> | null = null

async function openDashboard(activityPerMin: number, tickets = 600, agent: [string, string] = ['anna.full', 'AnnaFull#2026']) {
  const simulator = createSimulator({ tickets, activityPerMin, sessionTtlS: 86_400, now: () => Date.now() })
  routed = routeApiTo(simulator)
  setActivePinia(createPinia())
  await useSessionStore().login(...agent)
  const feed = useTicketFeedStore()
  scope = effectScope()
  scope.run(() => {
    useOpenTicketSnapshot({ intervalSeconds: () => 60, counts: true })
    feed.watchCounts(VIEW_IDS.map((viewId) => ({ viewId, query: viewCountQuery({ ID: viewId }) as TicketQuery })))
  })
  // First load, and the tab wins the election (three heartbeats without another leader).
  await vi.advanceTimersByTimeAsync(5_000)
  expect(feed.state).toBe('done')
  expect(feed.leader).toBe(true)
  return { feed, simulator, calls: routed.calls }
}

async function asRoot(simulator: ReturnType<typeof createSimulator>, path: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const login = JSON.parse((await simulator.request({ method: 'POST', path: '/otrs/api/auth/login', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ User: 'root@localhost', Password: 'RootLab#2026' }) })).body.toString()) as { SessionValue: string }
  const answer = await simulator.request({ method: 'POST', path: `/otrs/api/${path}`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ OTRSAgentInterface: login.SessionValue, ...params }) })
  return JSON.parse(answer.body.toString()) as Record<string, unknown>
}

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  visibility = 'visible'
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
})

afterEach(() => {
  scope?.stop()
  scope = null
  useTicketFeedStore().stop()
  routed?.restore()
  routed = null
  vi.useRealTimers()
})

describe('the change feed', { timeout: 120_000 }, () => {
  it('after minutes of other people working, every figure equals a fresh full load', async () => {
    const { feed, calls } = await openDashboard(12)
    const countBatches: number[] = []
    let lastSerial = feed.countsSerial
    const changeFeed: number[] = []
    feed.subscribe((change) => changeFeed.push(...change.ticketIds))
    const before = calls.length

    for (let minute = 1; minute <= 10; minute++) {
      await vi.advanceTimersByTimeAsync((feed.updatedAt ?? 0) + 60_000 - Date.now())
      expect(feed.updatedAt).toBe(Date.now())
      await nextTick()
      const fresh = await freshLoad()
      expect(feed.serverNow).toBe(fresh.serverNow)
      expect(figures(feed.tickets, feed.serverNow)).toEqual(figures(fresh.tickets, fresh.serverNow))
      expect(feed.total).toBe(fresh.tickets.length)
      if (feed.countsSerial !== lastSerial) {
        lastSerial = feed.countsSerial
        countBatches.push(minute)
        const counts = await freshCounts()
        for (const viewId of VIEW_IDS) expect([viewId, feed.countResults.get(viewId)?.count]).toEqual([viewId, counts.get(viewId)])
      }
    }
    // The world really moved: tickets changed, and the figures were compared after counts came again.
    expect(new Set(changeFeed).size).toBeGreaterThan(40)
    expect(countBatches.length).toBeGreaterThanOrEqual(2)
    // Cost: one change poll a minute (two when a page was full), counts at most every four minutes.
    const made = calls.slice(before)
    const polls = made.filter((call) => call.body.includes('"SortBy":"Changed"'))
    const counted = made.filter((call) => call.body.includes('"Count":1'))
    expect(polls.length).toBeLessThanOrEqual(20)
    expect(made).toHaveLength(polls.length + counted.length)
    expect(counted.length).toBe(VIEW_IDS.length * countBatches.length)
    expect(countBatches.length).toBeLessThanOrEqual(3)
  })

  it('an idle console asks once a minute for changes and nothing else', async () => {
    const { calls } = await openDashboard(0)
    const before = calls.length
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    const made = calls.slice(before)
    expect(made).toHaveLength(10)
    // The 31 seeded tickets share their change second: the one page per poll makes room for them.
    expect(made.every((call) => call.body.includes('"SortBy":"Changed"'))).toBe(true)
    expect(made.every((call) => Number(/"Limit":(\d+)/.exec(call.body)?.[1]) <= 50)).toBe(true)
  })

  it('moves escalations and reminders with the clock, without a request', async () => {
    const { feed, calls } = await openDashboard(0)
    // Polls off: only the clock moves.
    const scopeOff = effectScope()
    scope?.stop()
    scope = scopeOff
    scopeOff.run(() => useOpenTicketSnapshot({ intervalSeconds: () => 0 }))
    const before = calls.length
    const escalatedBefore = figures(feed.tickets, feed.serverNow).escalated.length
    await vi.advanceTimersByTimeAsync(6 * 3600_000)
    await untilClockTick(feed)
    expect(calls.length).toBe(before)
    const fresh = await freshLoad()
    expect(figures(feed.tickets, feed.serverNow)).toEqual(figures(fresh.tickets, fresh.serverNow))
    expect(figures(feed.tickets, feed.serverNow).escalated.length).toBeGreaterThan(escalatedBefore)
  })

  it('a hidden console asks for nothing; shown again after a long time it starts from a full snapshot', async () => {
    const { feed, calls } = await openDashboard(10)
    setVisibility('hidden')
    await vi.advanceTimersByTimeAsync(1000)
    const before = calls.length
    await vi.advanceTimersByTimeAsync(20 * 60_000)
    expect(calls.length).toBe(before)
    expect(feed.leader).toBe(false)

    setVisibility('visible')
    await untilNextPoll(feed)
    const made = calls.slice(before)
    expect(made.some((call) => call.body.includes('"StateType":"Open"') && call.body.includes('"Limit":500'))).toBe(true)
    const fresh = await freshLoad()
    expect(figures(feed.tickets, feed.serverNow)).toEqual(figures(fresh.tickets, fresh.serverNow))
  })

  it('a ticket moved where the agent may not read is invisible to the feed; the full resync catches it', async () => {
    // rolf reads Postmaster…Sales but not Restricted (8).
    const { feed, simulator } = await openDashboard(0, 600, ['rolf.ro', 'RolfRo#2026'])
    const moved = feed.tickets.find((ticket) => ticket.QueueID === 5)
    expect(moved).toBeDefined()
    expect((await asRoot(simulator, 'tickets/updateQueue', { TicketID: moved?.TicketID, QueueID: 8 })).Response).toBe('OK')

    await untilNextPoll(feed)
    // The change poll cannot see it (it no longer comes back to rolf): still counted in Support.
    expect(feed.tickets.some((ticket) => ticket.TicketID === moved?.TicketID)).toBe(true)

    // The resync (15 minutes by default) replaces the whole set.
    const resyncs: boolean[] = []
    feed.subscribe((change) => {
      if (change.resync) resyncs.push(change.ticketIds.includes(moved?.TicketID ?? -1))
    })
    for (let poll = 0; poll < 16 && resyncs.length === 0; poll++) await untilNextPoll(feed)
    expect(resyncs).toEqual([true])
    expect(feed.tickets.some((ticket) => ticket.TicketID === moved?.TicketID)).toBe(false)
    const fresh = await freshLoad()
    expect(figures(feed.tickets, feed.serverNow)).toEqual(figures(fresh.tickets, fresh.serverNow))
  })
})
