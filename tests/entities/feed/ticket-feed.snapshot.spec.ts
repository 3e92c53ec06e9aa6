import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { configureApi } from '@/api/client'
import { countTickets } from '@/api/tickets'
import { useOpenTicketSnapshot } from '@/entities/ticket/composables/useOpenTicketSnapshot'
import { useSessionStore } from '@/stores/session'
import { SNAPSHOT_PAGE_SIZE, useTicketFeedStore } from '@/stores/ticketFeed'
import { startSimulatorServer } from '../../../simulator'
import { until } from '../../views/dashboard/support'

let server: Awaited<ReturnType<typeof startSimulatorServer>>
const calls: string[] = []

beforeAll(async () => {
  // A bigger world than the default, so the open tickets span several pages.
  server = await startSimulatorServer({ tickets: 2500 })
  configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
})

afterAll(async () => {
  await server.close()
})

describe('the change feed’s full snapshot', { timeout: 60_000 }, () => {
  it('fetches every open ticket the agent may read in a few pages, each once, with the server clock', async () => {
    setActivePinia(createPinia())
    await useSessionStore().login('anna.full', 'AnnaFull#2026')
    const open = await countTickets({ stateType: 'Open' })
    expect(open).toBeGreaterThan(2 * SNAPSHOT_PAGE_SIZE)

    const realFetch = globalThis.fetch
    globalThis.fetch = (input, init) => {
      calls.push(typeof init?.body === 'string' ? init.body : '')
      return realFetch(input, init)
    }
    const scope = effectScope()
    const feed = useTicketFeedStore()
    try {
      const { snapshot } = scope.run(() => useOpenTicketSnapshot({ intervalSeconds: () => 60 }))!
      await until(() => snapshot.state.value === 'done')
      expect(snapshot.total.value).toBe(open)
      expect(snapshot.tickets.value).toHaveLength(open)
      expect(new Set(snapshot.tickets.value.map((ticket) => ticket.TicketID)).size).toBe(open)
      expect(snapshot.truncated.value).toBe(false)
      expect(snapshot.tickets.value.every((ticket) => ['new', 'open', 'pending reminder', 'pending auto'].includes(ticket.StateType))).toBe(true)
      // The pages, plus the head of the change list the next polls start from.
      expect(calls.filter((body) => body.includes('"StateType":"Open"'))).toHaveLength(Math.ceil(open / SNAPSHOT_PAGE_SIZE))
      expect(calls.filter((body) => body.includes('"SortBy":"Changed"'))).toHaveLength(1)
      // The server clock of the answers: no ticket was seen later than that.
      const seen = snapshot.tickets.value.map((ticket) => ticket.CreateTimeUnix + ticket.Age)
      expect(Math.abs((snapshot.serverNow.value ?? 0) - Math.max(...seen))).toBeLessThanOrEqual(1)
    } finally {
      globalThis.fetch = realFetch
      scope.stop()
      feed.stop()
    }
  })
})
