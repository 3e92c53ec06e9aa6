import { vi } from 'vitest'
import { configureApi } from '@/api/client'
import type { Simulator } from '../../simulator'

/**
 * Sends the console's API calls to a simulator in this process (no socket, no timers), so a spec can
 * run minutes of simulated time under fake timers. Also counts the calls it carried.
 */
export function routeApiTo(simulator: Simulator): { calls: Array<{ path: string; body: string }>; restore: () => void } {
  const calls: Array<{ path: string; body: string }> = []
  configureApi({ apiBase: 'http://simulator.test/otrs/api', retryDelaysMs: [] })
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const body = typeof init?.body === 'string' ? init.body : ''
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value
    })
    calls.push({ path: url.pathname, body })
    const answer = await simulator.request({ method: init?.method ?? 'GET', path: url.pathname + url.search, headers, body })
    return new Response(new Uint8Array(answer.body), { status: answer.status, headers: answer.headers })
  })
  return { calls, restore: () => vi.unstubAllGlobals() }
}
