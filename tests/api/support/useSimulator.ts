import { afterAll, beforeAll, beforeEach } from 'vitest'
import { configureApi, setSessionCredentials, setSessionRecovery } from '@/api/client'
import { login } from '@/api/auth'
import { startSimulatorServer } from '../../../simulator'

export const AGENTS = {
  root: { user: 'root@localhost', password: 'RootLab#2026' },
  anna: { user: 'anna.full', password: 'AnnaFull#2026' },
  rolf: { user: 'rolf.ro', password: 'RolfRo#2026' },
  nora: { user: 'nora.note', password: 'NoraNote#2026' },
} as const

/** Signs the API layer in as a seeded agent (through auth/login, like the console does). */
export async function signInAs(agent: keyof typeof AGENTS): Promise<void> {
  const answer = await login(AGENTS[agent].user, AGENTS[agent].password)
  setSessionCredentials({ sessionName: answer.SessionName, sessionValue: answer.SessionValue, challengeToken: answer.ChallengeToken })
}

/** The RS4OTRS_API simulator on a free local port; the world is reset before each test. */
export function useSimulator(): { url: string; reset(): void } {
  const context = { url: '', reset: () => undefined as void, close: async () => undefined as void }
  beforeAll(async () => {
    const server = await startSimulatorServer({ port: 0 })
    context.url = server.url
    context.reset = () => server.simulator.reset()
    context.close = () => server.close()
  })
  beforeEach(() => {
    context.reset()
    configureApi({ apiBase: `${context.url}/otrs/api`, retryDelaysMs: [5, 5] })
    setSessionRecovery(null)
    setSessionCredentials(null)
  })
  afterAll(async () => {
    await context.close()
  })
  return context
}
