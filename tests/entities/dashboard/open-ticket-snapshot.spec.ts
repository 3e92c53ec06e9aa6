// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login } from '@/api/auth'
import { configureApi, setSessionCredentials } from '@/api/client'
import { countTickets } from '@/api/tickets'
import { SNAPSHOT_PAGE_SIZE, useOpenTicketSnapshot } from '@/entities/ticket/composables/useOpenTicketSnapshot'
import { startSimulatorServer } from '../../../simulator'

let server: Awaited<ReturnType<typeof startSimulatorServer>>
const calls: string[] = []

beforeAll(async () => {
  // A bigger world than the default, so the open tickets span several pages.
  server = await startSimulatorServer({ tickets: 2500 })
  configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
  const answer = await login('anna.full', 'AnnaFull#2026')
  setSessionCredentials({ sessionName: answer.SessionName, sessionValue: answer.SessionValue, challengeToken: answer.ChallengeToken })
})

afterAll(async () => {
  await server.close()
})

describe('useOpenTicketSnapshot', () => {
  it('fetches every open ticket the agent may read in a few pages, each once, with the server clock', async () => {
    const open = await countTickets({ stateType: 'Open' })
    expect(open).toBeGreaterThan(2 * SNAPSHOT_PAGE_SIZE)

    const realFetch = globalThis.fetch
    globalThis.fetch = (input, init) => {
      calls.push(String(input))
      return realFetch(input, init)
    }
    const snapshot = useOpenTicketSnapshot()
    try {
      await snapshot.load()
    } finally {
      globalThis.fetch = realFetch
    }

    expect(snapshot.state.value).toBe('done')
    expect(snapshot.total.value).toBe(open)
    expect(snapshot.tickets.value).toHaveLength(open)
    expect(new Set(snapshot.tickets.value.map((ticket) => ticket.TicketID)).size).toBe(open)
    expect(snapshot.truncated.value).toBe(false)
    expect(snapshot.tickets.value.every((ticket) => ['new', 'open', 'pending reminder', 'pending auto'].includes(ticket.StateType))).toBe(true)
    expect(calls).toHaveLength(Math.ceil(open / SNAPSHOT_PAGE_SIZE))
    // The server clock of the latest page: no ticket was seen later than that.
    const seen = snapshot.tickets.value.map((ticket) => ticket.CreateTimeUnix + ticket.Age)
    expect(snapshot.serverNow.value).toBe(Math.max(...seen))
  })
})
