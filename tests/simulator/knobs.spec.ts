// @vitest-environment node
/** SIM_* knobs, sessions, the reset endpoint and the HTTP adapter. */
import { afterEach, describe, expect, it } from 'vitest'
import { createSimulator, simulatorOptionsFromEnv, startSimulatorServer } from '../../simulator/index'
import { agentClient, jsonOf, login, post } from './helpers'

describe('simulator knobs and transport', () => {
  const closers: (() => Promise<void>)[] = []
  afterEach(async () => {
    while (closers.length > 0) await closers.pop()?.()
  })

  it('reads its options from SIM_* variables', () => {
    expect(simulatorOptionsFromEnv({ SIM_SEED: '9', SIM_TICKETS: '1000', SIM_LATENCY_MS: '50', SIM_FAULT_RATE: '0.1', SIM_SESSION_TTL_S: '60' }))
      .toEqual({ seed: 9, tickets: 1000, latencyMs: 50, faultRate: 0.1, sessionTtlS: 60 })
    expect(simulatorOptionsFromEnv({ SIM_TICKETS: 'many' })).toEqual({})
  })

  it('expires idle sessions; background polls (X-Requested-With) do not keep them alive', async () => {
    let now = Date.UTC(2026, 10, 27, 12)
    const simulator = createSimulator({ tickets: 31, sessionTtlS: 60, now: () => now })
    const session = await login(simulator, 'anna.full')
    const poll = () => simulator.request({
      path: '/otrs/api/tickets/getTicketList',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify({ OTRSAgentInterface: session.token, Count: 1 }),
    })
    now += 40_000
    expect(jsonOf(await poll()).Response).toBe('OK')
    now += 40_000
    expect(jsonOf(await poll())).toEqual({ Response: 'ERROR', Message: 'Session invalid' })
  })

  it('delays API answers by SIM_LATENCY_MS', async () => {
    const simulator = createSimulator({ tickets: 31, latencyMs: 120 })
    const started = Date.now()
    await post(simulator, 'system/getPackageList', {})
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
  })

  it('fails a fraction of answers with 502 or truncated JSON', async () => {
    const simulator = createSimulator({ tickets: 31, faultRate: 1 })
    const statuses = new Set<string>()
    for (let index = 0; index < 20; index++) {
      const response = await simulator.request({ path: '/otrs/api/system/getPackageList', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      if (response.status === 502) statuses.add('502')
      else {
        expect(() => JSON.parse(response.body.toString('utf8'))).toThrow()
        statuses.add('truncated')
      }
    }
    expect([...statuses].sort()).toEqual(['502', 'truncated'])
  })

  it('restores the seeded world and drops sessions on reset', async () => {
    const simulator = createSimulator({ tickets: 31 })
    const root = await agentClient(simulator, 'root@localhost')
    await root.call('tickets/updateTitle', { TicketID: 2, Title: 'Changed' })
    const reset = await simulator.request({ method: 'POST', path: '/__sim/reset' })
    expect(jsonOf(reset)).toEqual({ Response: 'OK' })
    expect(await root.call('tickets/getTicketList', { Count: 1 })).toEqual({ Response: 'ERROR', Message: 'Session invalid' })
    const again = await agentClient(simulator, 'root@localhost')
    const [ticket] = (await again.call('tickets/getTicketList', { TicketID: 2 })).Tickets as Record<string, unknown>[]
    expect(ticket.Title).toBe('Printer on 3rd floor jams constantly')
  })

  it('serves over HTTP: API, json.pl, reset without latency, and 404 for anything else', async () => {
    const server = await startSimulatorServer({ tickets: 31, latencyMs: 300 })
    closers.push(server.close)
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const loginAnswer = await fetch(`${server.url}/otrs/api/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ User: 'rolf.ro', Password: 'RolfRo#2026' }),
    })
    expect(loginAnswer.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const { SessionValue } = (await loginAnswer.json()) as { SessionValue: string }
    const viaJsonPl = await fetch(`${server.url}/otrs/json.pl?Action=queues&Subaction=getQueueList`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ OTRSAgentInterface: SessionValue }),
    })
    expect(((await viaJsonPl.json()) as { Queues: unknown[] }).Queues).toHaveLength(7)
    // Reset skips the latency: started after a delayed API call, it still answers first.
    const finished: string[] = []
    const delayedCall = fetch(`${server.url}/otrs/api/system/getPackageList`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ OTRSAgentInterface: SessionValue }),
    }).then(() => finished.push('api'))
    const reset = await fetch(`${server.url}/__sim/reset`, { method: 'POST' })
    finished.push('reset')
    expect(reset.status).toBe(200)
    await delayedCall
    expect(finished).toEqual(['reset', 'api'])
    expect((await fetch(`${server.url}/index.html`)).status).toBe(404)
  })

  it('passes other requests on to the next middleware', () => {
    const simulator = createSimulator({ tickets: 31 })
    let passed = 0
    const request = { url: '/src/main.ts', method: 'GET', headers: {} } as unknown as import('node:http').IncomingMessage
    simulator.middleware(request, {} as import('node:http').ServerResponse, () => { passed++ })
    expect(passed).toBe(1)
  })
})
