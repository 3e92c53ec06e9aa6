import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router, type RouteRecordRaw } from 'vue-router'
import { configureApi } from '@/api/client'
import { isApiError } from '@/api/errors'
import { type AppI18n } from '@/i18n'
import { createTestI18n } from '../../support/i18n'
import { resettableStoresPlugin } from '@/stores/resetStores'
import { useSessionStore } from '@/stores/session'
import type { startSimulatorServer } from '../../../simulator'

export interface Harness {
  pinia: Pinia
  i18n: AppI18n
  router: Router
  plugins: [Pinia, AppI18n, Router]
}

/**
 * Fresh stores, English texts and a memory router for one component test, with the API pointed
 * at a simulator. Optionally signed in as a seeded agent (a real login against the simulator).
 */
export async function createHarness(
  server: Awaited<ReturnType<typeof startSimulatorServer>>,
  options: { routes: RouteRecordRaw[]; signIn?: [user: string, password: string] },
): Promise<Harness> {
  localStorage.clear()
  sessionStorage.clear()
  server.simulator.reset()
  configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  setActivePinia(pinia)
  if (options.signIn) await signInOnce(...options.signIn)
  const i18n = createTestI18n('en')
  const router = createRouter({ history: createMemoryHistory(), routes: options.routes })
  await router.push('/')
  await router.isReady()
  return { pinia, i18n, router, plugins: [pinia, i18n, router] }
}

/**
 * Signs in; once more if a kept-alive connection was closed by the server meanwhile (on a busy
 * machine the first write of a test can hit a socket the server just timed out).
 */
async function signInOnce(user: string, password: string): Promise<void> {
  const session = useSessionStore()
  try {
    await session.login(user, password)
  } catch (error) {
    if (!isApiError(error) || error.kind !== 'network') throw error
    await session.login(user, password)
  }
}

/** Waits until `check` passes (answers from the simulator arrive over real HTTP). */
export async function eventually(check: () => void, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}
