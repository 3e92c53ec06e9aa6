// @vitest-environment node
/** The seeded world: determinism, variety, scale. */
import { describe, expect, it } from 'vitest'
import { createSimulator } from '../../simulator/index'
import { buildWorld } from '../../simulator/world/world'
import { agentClient } from './helpers'

const NOW = Date.UTC(2026, 10, 27, 19, 14, 0)

describe('simulator world', () => {
  it('builds the same world from the same seed, and a different one from another seed', async () => {
    const snapshot = async (seed: number) => {
      const anna = await agentClient(createSimulator({ seed, tickets: 120, now: () => NOW }), 'anna.full')
      const tickets = await anna.call('tickets/getTicketList', { Limit: 200, Offset: 0 })
      const articles = await anna.call('tickets/getArticles', { TicketID: 100 })
      return JSON.stringify([tickets, articles])
    }
    expect(await snapshot(7)).toBe(await snapshot(7))
    expect(await snapshot(7)).not.toBe(await snapshot(8))
  })

  it('builds the same articles whether they are read early or late', () => {
    const eager = buildWorld({ seed: 3, tickets: 80, now: 1_800_000_000 })
    const lazy = buildWorld({ seed: 3, tickets: 80, now: 1_800_000_000 })
    const early = [...eager.tickets.values()].map((ticket) => eager.articlesOf(ticket).map((article) => [article.id, article.subject, article.body]))
    // Read one article by ID first: its ticket's articles are built out of order.
    expect(lazy.article(early[60][0][0] as number)?.ticketId).toBe(61)
    const late = [...lazy.tickets.values()].map((ticket) => lazy.articlesOf(ticket).map((article) => [article.id, article.subject, article.body]))
    expect(late).toEqual(early)
  })

  it('covers every state type, both kinds of pending reminders and 1–6 articles per ticket', () => {
    const now = 1_800_000_000
    const world = buildWorld({ seed: 2026, tickets: 300, now })
    const tickets = [...world.tickets.values()]
    expect(tickets).toHaveLength(300)
    const stateTypes = new Set(tickets.map((ticket) => world.stateOf(ticket).type))
    for (const type of ['new', 'open', 'closed', 'pending reminder', 'pending auto', 'merged']) expect(stateTypes).toContain(type)
    const reminders = tickets.filter((ticket) => world.stateOf(ticket).type === 'pending reminder')
    expect(reminders.some((ticket) => ticket.pendingUntil < now)).toBe(true)
    expect(reminders.some((ticket) => ticket.pendingUntil > now)).toBe(true)
    const counts = tickets.map((ticket) => world.articlesOf(ticket).length)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1)
    expect(Math.max(...counts)).toBeLessThanOrEqual(6)
    expect(new Set(tickets.map((ticket) => ticket.number)).size).toBe(300)
    expect(tickets.every((ticket) => /^\d{16}$/.test(ticket.number))).toBe(true)
    for (const agentId of [1, 2, 3, 4]) expect(tickets.some((ticket) => !ticket.seenBy.has(agentId))).toBe(true)
    expect(new Set(tickets.map((ticket) => ticket.priorityId)).size).toBe(5)
    expect(tickets.some((ticket) => ticket.lockId === 2)).toBe(true)
  })

  // How fast it starts is measured by `npm run bench`, not here.
  it('builds a 50,000-ticket world with unique numbers', () => {
    const world = buildWorld({ seed: 2026, tickets: 50_000, now: 1_800_000_000 })
    expect(world.tickets.size).toBe(50_000)
    const numbers = new Set([...world.tickets.values()].map((ticket) => ticket.number))
    expect(numbers.size).toBe(50_000)
  })

  it('keeps ages relative to the clock', async () => {
    const root = await agentClient(createSimulator({ tickets: 31, now: () => NOW }), 'root@localhost')
    const [ticket] = (await root.call('tickets/getTicketList', { TicketID: 2 })).Tickets as Record<string, unknown>[]
    expect(ticket.Age).toBe(30 * 86400)
    expect(ticket.CreatedServer).toBe('2026-10-28 19:14:00')
    const anna = await agentClient(createSimulator({ tickets: 31, now: () => NOW }), 'anna.full')
    const [pending] = (await anna.call('tickets/getTicketList', { TicketID: 12 })).Tickets as Record<string, unknown>[]
    expect(pending.UntilTime).toBe(-79200)
    expect(pending.Created).toBe('2026-11-07 20:14:00')
    // 22 hours before 19:14 UTC is 21:14 UTC, 22:14 in Berlin (the recorded answer has the same shape).
    expect(pending.UntilTimeDate).toBe('2026-11-26 22:14:00')
  })
})
