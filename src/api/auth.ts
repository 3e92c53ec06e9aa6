import { callApi, callApiForm, getSessionCredentials, type CallOptions } from './client'
import { decode, nullableString, number, object, string, type Json } from './validate'
import type { LoginAnswer, LostPasswordAnswer, Me } from './types'

function checkMe(value: unknown, path: string): Me {
  const me = object(value, path)
  return {
    ID: number(me, 'ID', path),
    UserLogin: string(me, 'UserLogin', path),
    Email: nullableString(me, 'Email', path) ?? '',
    FirstName: nullableString(me, 'FirstName', path) ?? '',
    LastName: nullableString(me, 'LastName', path) ?? '',
    FullName: nullableString(me, 'FullName', path) ?? '',
    // A fixed third-party URL: never shown (initials instead), so never kept.
    Avatar: null,
  }
}

function checkLogin(answer: Json): LoginAnswer {
  const settings = answer.Settings === undefined || answer.Settings === null ? {} : object(answer.Settings, 'answer.Settings')
  return {
    SessionName: string(answer, 'SessionName', 'answer'),
    SessionValue: string(answer, 'SessionValue', 'answer'),
    ChallengeToken: string(answer, 'ChallengeToken', 'answer'),
    Me: checkMe(answer.Me, 'answer.Me'),
    Settings: { Language: nullableString(settings, 'Language', 'answer.Settings') },
  }
}

/** Signs in. Login names are case-sensitive and not trimmed by the server, so we trim them. */
export async function login(user: string, password: string, twoFactorToken?: string): Promise<LoginAnswer> {
  const answer = await callApi(
    'auth',
    'login',
    { User: user.trim(), Password: password, TwoFactorToken: twoFactorToken || undefined },
    { withToken: false, recoverSession: false },
  )
  return decode('auth/login', answer, checkLogin)
}

/** Ends the session on the server; needs the ChallengeToken handed out at login. */
export async function logout(options: CallOptions = {}): Promise<void> {
  await callApi('auth', 'logout', { ChallengeToken: getSessionCredentials()?.challengeToken }, { ...options, recoverSession: false })
}

/**
 * Asks for a password reset mail (or, with the `token` from that mail, for a new password). Sent
 * as a form POST: the server ignores a JSON body here and would always answer "instructions sent".
 * The answer is the same for unknown users, on purpose.
 */
export async function lostPassword(params: { user: string; token?: string }, options: CallOptions = {}): Promise<LostPasswordAnswer> {
  const answer = await callApiForm(
    'auth',
    'lostPassword',
    { User: params.user.trim(), Token: params.token || undefined },
    { ...options, withToken: false },
  )
  return decode('auth/lostPassword', answer, (body) => ({ Message: string(body, 'Message', 'answer') }))
}
