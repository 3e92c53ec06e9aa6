import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { Component } from 'vue'
import { configureApi } from '@/api/client'
import { createTestI18n } from '../../support/i18n'
import { routes } from '@/router/routes'
import { useSessionStore } from '@/stores/session'
import { useTicketFeedStore } from '@/stores/ticketFeed'
import { startSimulatorServer } from '../../../simulator'

export const AGENTS = {
  anna: ['anna.full', 'AnnaFull#2026'],
  rolf: ['rolf.ro', 'RolfRo#2026'],
  nora: ['nora.note', 'NoraNote#2026'],
} as const

type Server = Awaited<ReturnType<typeof startSimulatorServer>>

const pinias: Pinia[] = []

/** One simulator per spec file, reset to its seed before every test. */
export function useSimulator(): { server: () => Server } {
  let server: Server
  beforeAll(async () => {
    server = await startSimulatorServer()
    configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
  })
  afterAll(async () => {
    await server.close()
  })
  afterEach(() => {
    // The change feed of a finished test must not answer the next test's tabs (or keep polling).
    for (const pinia of pinias.splice(0)) useTicketFeedStore(pinia).stop()
  })
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    server.simulator.reset()
  })
  return { server: () => server }
}

export interface Mounted {
  wrapper: VueWrapper
  router: Router
  pinia: Pinia
}

/** Signs the agent in against the simulator and mounts a view with the app's router and i18n. */
export async function mountSignedIn(view: Component, agent: keyof typeof AGENTS, path: string): Promise<Mounted> {
  const pinia = createPinia()
  pinias.push(pinia)
  setActivePinia(pinia)
  const [login, password] = AGENTS[agent]
  await useSessionStore().login(login, password)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(view, { global: { plugins: [pinia, router, createTestI18n('en')] }, attachTo: document.body })
  await settle()
  return { wrapper, router, pinia }
}

/** Lets every pending request against the simulator finish and the DOM catch up. */
export async function settle(rounds = 6): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/**
 * Waits until `ready()` holds, polling the DOM between rounds of pending work. The limit is time,
 * not a number of rounds: on a busy machine the simulator's answers take longer to come back.
 * A `ready()` that throws (a tile not drawn yet) counts as not ready; at the deadline its last
 * error is what the test reports.
 */
export async function until(ready: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown = null
  for (;;) {
    try {
      if (ready()) return
      lastError = new Error('condition never became true')
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) throw lastError
    await settle(1)
  }
}
