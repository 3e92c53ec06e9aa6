// @vitest-environment node
/** SIM_ACTIVITY_PER_MIN: other people working in the background, deterministic per seed and clock. */
import { describe, expect, it } from 'vitest'
import { createSimulator, simulatorOptionsFromEnv } from '../../simulator/index'
import { agentClient, type JsonRecord } from './helpers'

const START = Date.UTC(2026, 10, 27, 9)

async function changedSince(simulatorNow: { value: number }, activityPerMin: number, minutes: number) {
  const simulator = createSimulator({ tickets: 300, activityPerMin, now: () => simulatorNow.value })
  const anna = await agentClient(simulator, 'root@localhost')
  const before = await anna.call('tickets/getTicketList', { Count: 1 })
  simulatorNow.value += minutes * 60_000
  const answer = await anna.call('tickets/getTicketList', { SortBy: 'Changed', OrderBy: 'Down', Limit: 100 })
  const tickets = answer.Tickets as JsonRecord[]
  const startText = new Date(START).toISOString().slice(0, 19).replace('T', ' ')
  const recent = tickets.filter((ticket) => String(ticket.ChangedServer) > startText)
  return { before: Number(before.Count), after: Number(answer.Count), recent: recent.map((ticket) => `${ticket.TicketID}:${ticket.StateID}:${ticket.QueueID}:${ticket.Lock}:${ticket.PriorityID}:${ticket.ChangedServer}`) }
}

describe('simulator background activity', () => {
  it('reads SIM_ACTIVITY_PER_MIN', () => {
    expect(simulatorOptionsFromEnv({ SIM_ACTIVITY_PER_MIN: '10' })).toEqual({ activityPerMin: 10 })
  })

  it('changes N tickets a minute, the same ones on every run', async () => {
    const first = await changedSince({ value: START }, 10, 3)
    const second = await changedSince({ value: START }, 10, 3)
    expect(first).toEqual(second)
    // 30 events in 3 minutes; a few may touch the same ticket twice, creations add tickets.
    expect(first.recent.length).toBeGreaterThanOrEqual(20)
    expect(first.recent.length).toBeLessThanOrEqual(30)
    expect(first.after).toBeGreaterThan(first.before)
  })

  it('is off by default: the world stands still', async () => {
    const quiet = await changedSince({ value: START }, 0, 10)
    expect(quiet.recent).toEqual([])
    expect(quiet.after).toBe(quiet.before)
  })

  it('a reset may switch it on for one run and starts the schedule again', async () => {
    const now = { value: START }
    const simulator = createSimulator({ tickets: 100, now: () => now.value })
    simulator.reset({ activityPerMin: 60 })
    const root = await agentClient(simulator, 'root@localhost')
    const before = await root.call('tickets/getTicketList', { Count: 1 })
    now.value += 30_000
    const after = await root.call('tickets/getTicketList', { SortBy: 'Changed', OrderBy: 'Down', Limit: 40 })
    const startText = new Date(START).toISOString().slice(0, 19).replace('T', ' ')
    const recent = (after.Tickets as JsonRecord[]).filter((ticket) => String(ticket.ChangedServer) > startText)
    expect(recent.length).toBeGreaterThanOrEqual(20)
    expect(Number(after.Count)).toBeGreaterThanOrEqual(Number(before.Count))
    simulator.reset()
    const calm = await agentClient(simulator, 'root@localhost')
    now.value += 60_000
    const later = await calm.call('tickets/getTicketList', { SortBy: 'Changed', OrderBy: 'Down', Limit: 40 })
    expect((later.Tickets as JsonRecord[]).filter((ticket) => String(ticket.ChangedServer) > startText)).toEqual([])
  })

  it('stops after activityEvents events', async () => {
    const now = { value: START }
    const simulator = createSimulator({ tickets: 100, now: () => now.value })
    simulator.reset({ activityPerMin: 60, activityEvents: 5 })
    const root = await agentClient(simulator, 'root@localhost')
    now.value += 10 * 60_000
    const after = await root.call('tickets/getTicketList', { SortBy: 'Changed', OrderBy: 'Down', Limit: 40 })
    const startText = new Date(START).toISOString().slice(0, 19).replace('T', ' ')
    const recent = (after.Tickets as JsonRecord[]).filter((ticket) => String(ticket.ChangedServer) > startText)
    expect(recent.length).toBeGreaterThanOrEqual(3)
    expect(recent.length).toBeLessThanOrEqual(5)
    expect(recent.every((ticket) => String(ticket.ChangedServer) <= new Date(START + 5_000).toISOString().slice(0, 19).replace('T', ' '))).toBe(true)
  })
})
