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
    expect(simulatorOptionsFromEnv({ SIM_SEED: '9', SIM_TICKETS: '1000', SIM_LATENCY_MS: '50', SIM_FAULT_RATE: '0.1', SIM_FAULT_SEED: '77', SIM_SESSION_TTL_S: '60' }))
      .toEqual({ seed: 9, tickets: 1000, latencyMs: 50, faultRate: 0.1, faultSeed: 77, sessionTtlS: 60 })
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

  /** Outcome of one raw API call: ok, 502 or cut (truncated JSON) */
  const outcomeOf = async (simulator: ReturnType<typeof createSimulator>, path: string, body: Record<string, unknown>) => {
    const response = await simulator.request({ path: `/otrs/api/${path}`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    if (response.status === 502) return '502'
    try {
      JSON.parse(response.body.toString('utf8'))
      return 'ok'
    } catch {
      return 'cut'
    }
  }

  it('meets the same faults for the same requests whatever their order and session token (SIM_FAULT_SEED)', async () => {
    const calls = [
      ['tickets/getTicketList', { Count: 1 }],
      ['queues/getQueueList', {}],
      ['users/getUserPermissions', {}],
      ['tickets/getTicketList', { TicketID: 2 }],
    ] as const
    const run = async (order: readonly number[], faultSeed: number) => {
      const simulator = createSimulator({ tickets: 31, faultRate: 0.5, faultSeed })
      const token = `token-of-run-${faultSeed}-${order.join('')}`
      const outcomes = new Map<string, string[]>()
      for (const index of order) {
        const [path, params] = calls[index]
        const key = `${path} ${JSON.stringify(params)}`
        // Three attempts each: a retry is a new occurrence with its own decision.
        for (let attempt = 0; attempt < 3; attempt++) {
          outcomes.set(key, [...(outcomes.get(key) ?? []), await outcomeOf(simulator, path, { OTRSAgentInterface: token, ...params })])
        }
      }
      return Object.fromEntries([...outcomes].sort(([a], [b]) => a.localeCompare(b)))
    }
    const inOrder = await run([0, 1, 2, 3], 41)
    expect(await run([3, 1, 0, 2], 41)).toEqual(inOrder)
    const everyOutcome = Object.values(inOrder).flat()
    expect(everyOutcome).toContain('ok')
    expect(everyOutcome.some((outcome) => outcome !== 'ok')).toBe(true)
    // Another seed meets other faults.
    expect(await run([0, 1, 2, 3], 42)).not.toEqual(inOrder)
  })

  it('switches latency and faults on through the reset body until the next plain reset', async () => {
    const server = await startSimulatorServer({ tickets: 31 })
    closers.push(server.close)
    const listPackages = () => fetch(`${server.url}/otrs/api/system/getPackageList`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    const knobs = await fetch(`${server.url}/__sim/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faultRate: 1, latencyMs: 150, faultSeed: 5 }) })
    expect(await knobs.json()).toEqual({ Response: 'OK' })
    const started = Date.now()
    const faulted = await listPackages()
    expect(Date.now() - started).toBeGreaterThanOrEqual(130)
    const text = await faulted.text()
    expect(faulted.status === 502 || (() => { try { JSON.parse(text); return false } catch { return true } })()).toBe(true)
    await fetch(`${server.url}/__sim/reset`, { method: 'POST' })
    const clean = await listPackages()
    expect(clean.status).toBe(200)
    expect(await clean.json()).toEqual({ Response: 'ERROR', Message: 'Session invalid. Please log in...' })
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
