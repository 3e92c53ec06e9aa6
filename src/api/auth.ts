import { callApi, getSessionCredentials } from './client'
import type { LoginAnswer } from './types'

/** Signs in. Login names are case-sensitive and not trimmed by the server, so we trim them. */
export function login(user: string, password: string, twoFactorToken?: string) {
  return callApi<LoginAnswer>(
    'auth',
    'login',
    { User: user.trim(), Password: password, TwoFactorToken: twoFactorToken || undefined },
    { withToken: false },
  )
}

/** Ends the session on the server; needs the ChallengeToken handed out at login. */
export function logout() {
  return callApi('auth', 'logout', { ChallengeToken: getSessionCredentials()?.challengeToken })
}
