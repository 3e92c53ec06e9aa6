import { login } from '@/api/auth'
import { configureApi, setSessionCredentials, setSessionRecovery } from '@/api/client'

/** Points the API layer at `apiBase` and signs in as a seeded agent (anna.full by default). */
export async function signInApi(apiBase: string, user = 'anna.full', password = 'AnnaFull#2026'): Promise<void> {
  configureApi({ apiBase, retryDelaysMs: [] })
  setSessionRecovery(null)
  setSessionCredentials(null)
  const answer = await login(user, password)
  setSessionCredentials({ sessionName: answer.SessionName, sessionValue: answer.SessionValue, challengeToken: answer.ChallengeToken })
}
