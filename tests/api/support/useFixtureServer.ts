import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { configureApi, setSessionCredentials, setSessionRecovery } from '@/api/client'
import { CHALLENGE, FixtureServer, SESSION } from './fixtureServer'

/** Signs the API layer in with the fixtures' token placeholders (the session the fixtures carry). */
export function signInWithFixtureTokens(): void {
  setSessionCredentials({ sessionName: 'OTRSAgentInterface', sessionValue: SESSION, challengeToken: CHALLENGE })
}

/**
 * A fixture server for the spec: the API layer points at it, signed in with the fixtures' token;
 * after each test every queued answer must have been asked for and no request may have surprised it.
 */
export function useFixtureServer(): { server: FixtureServer } {
  const context = { server: new FixtureServer() }
  beforeAll(async () => {
    await context.server.start()
  })
  beforeEach(() => {
    configureApi({ apiBase: context.server.apiBase, retryDelaysMs: [5, 5] })
    setSessionRecovery(null)
    signInWithFixtureTokens()
  })
  afterEach(() => {
    const { problems, unanswered } = context.server
    context.server.reset()
    expect(problems, 'requests the fixtures did not expect').toEqual([])
    expect(unanswered, 'queued answers nobody asked for').toEqual([])
  })
  afterAll(async () => {
    await context.server.close()
  })
  return context
}
