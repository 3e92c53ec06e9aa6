// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { updatePriority } from '@/api/tickets'
import { findReadableTicketByNumber, useTicketList } from '@/entities/ticket/composables/useTicketList'
import { signInAs, startSimulator, ticketsWhere, type RunningSimulator } from './support'

let server: RunningSimulator

beforeAll(async () => {
  server = await startSimulator()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.simulator.reset()
})

describe('useTicketList', () => {
  it('loads one page with the total of all matches', async () => {
    await signInAs('anna.full', 'AnnaFull#2026')
    const list = useTicketList()
    await list.load({ viewId: -3, limit: 25, offset: 25 })
    expect(list.state.value).toBe('done')
    expect(list.tickets.value).toHaveLength(25)
    expect(list.total.value).toBeGreaterThan(50)
  })

  it('marks tickets changed since the last load on a background refresh, and keeps the rows meanwhile', async () => {
    await signInAs('anna.full', 'AnnaFull#2026')
    const list = useTicketList()
    const query = { queueIds: [5], stateType: 'Open' as const, lockIds: [1], limit: 10, offset: 0 }
    await list.load(query)
    const target = list.tickets.value.find((ticket) => ticket.PriorityID !== 5)
    expect(target).toBeDefined()
    await updatePriority({ ticketId: target!.TicketID, priorityId: 5 })

    const refresh = list.load(query, { background: true })
    expect(list.state.value).toBe('done')
    await refresh
    expect([...list.changedIds.value]).toEqual([target!.TicketID])
  })

  it('reports a failed page as an error state', async () => {
    const list = useTicketList()
    await signInAs('anna.full', 'AnnaFull#2026')
    await server.close()
    await list.load({ limit: 5 })
    expect(list.state.value).toBe('error')
    server = await startSimulator()
  })
})

describe('ticket number search', () => {
  it('finds a readable ticket by number and refuses one the agent may not read', async () => {
    await signInAs('root@localhost', 'RootLab#2026')
    const [restricted] = await ticketsWhere({ queueIds: [8] }, 1)
    const [support] = await ticketsWhere({ queueIds: [5] }, 1)

    await signInAs('rolf.ro', 'RolfRo#2026')
    expect(await findReadableTicketByNumber(support.TicketNumber)).toBe(support.TicketID)
    expect(await findReadableTicketByNumber(restricted.TicketNumber)).toBeNull()
    expect(await findReadableTicketByNumber('999999999999')).toBeNull()
  })
})
