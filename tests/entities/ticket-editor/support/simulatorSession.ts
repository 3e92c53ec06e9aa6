import { afterAll, beforeAll, beforeEach } from 'vitest'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { login } from '@/api/auth'
import { configureApi, setSessionCredentials } from '@/api/client'
import { isApiError } from '@/api/errors'
import { startSimulatorServer } from '../../../../simulator'

export const AGENTS = {
  anna: { login: 'anna.full', password: 'AnnaFull#2026' },
  nora: { login: 'nora.note', password: 'NoraNote#2026' },
  rolf: { login: 'rolf.ro', password: 'RolfRo#2026' },
  root: { login: 'root@localhost', password: 'RootLab#2026' },
} as const

export type AgentName = keyof typeof AGENTS

/**
 * Login is a write and never retried by the API layer; here a reset keep-alive socket of the
 * local test server (Node closes idle ones after 5 s) may hit it, so a network failure is tried
 * once more. Wrong credentials still fail at once.
 */
async function loginOnce(user: string, password: string): Promise<Awaited<ReturnType<typeof login>>> {
  try {
    return await login(user, password)
  } catch (error) {
    if (isApiError(error) && error.kind === 'network') return login(user, password)
    throw error
  }
}

interface SimulatorContext {
  url: string
  pinia: Pinia
  /** The signed-in agent's user ID. */
  userId: number
  reset(): Promise<void>
  signIn(agent: AgentName): Promise<number>
}

/**
 * One simulator per spec file; the world is reset and a fresh pinia is active before each test.
 * `signIn` logs an agent in through the real API layer (the session store is not needed).
 */
export function useSimulatorSession(defaultAgent: AgentName = 'anna'): SimulatorContext {
  let server: Awaited<ReturnType<typeof startSimulatorServer>> | null = null
  const context: SimulatorContext = {
    url: '',
    pinia: createPinia(),
    userId: 0,
    async reset() {
      server?.simulator.reset()
    },
    async signIn(agent) {
      setSessionCredentials(null)
      const answer = await loginOnce(AGENTS[agent].login, AGENTS[agent].password)
      setSessionCredentials({ sessionName: answer.SessionName, sessionValue: answer.SessionValue, challengeToken: answer.ChallengeToken })
      context.userId = answer.Me.ID
      return answer.Me.ID
    },
  }

  beforeAll(async () => {
    server = await startSimulatorServer()
    context.url = server.url
    configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [50, 200] })
  })

  afterAll(async () => {
    setSessionCredentials(null)
    await server?.close()
  })

  beforeEach(async () => {
    server?.simulator.reset()
    context.pinia = createPinia()
    setActivePinia(context.pinia)
    await context.signIn(defaultAgent)
  })

  return context
}
