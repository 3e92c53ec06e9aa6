/**
 * auth/login, auth/logout and auth/lostPassword: the calls that run before (or without) a session.
 * Login reads User/Password from the JSON body, the query string or a form; lostPassword only from
 * query/form parameters (a JSON body always gets the generic answer).
 */
import { AVATAR_URL, SESSION_NAME } from '../world/reference.ts'
import type { World } from '../world/world.ts'
import type { SessionStore } from '../sessions.ts'
import type { JsonObject } from '../records.ts'
import { fail, ok, stringParam, type Params } from './context.ts'

export const SESSION_MISSING = 'Session invalid. Please log in...'
export const SESSION_INVALID = 'Session invalid'
export const SESSION_LOGOUT = 'Session invalid. Please log in again.'

export function login(world: World, sessions: SessionStore, params: Params, now: number): JsonObject {
  // Login names are case-sensitive and not trimmed by the real server.
  const user = stringParam(params.User)
  const password = stringParam(params.Password)
  const agent = user === undefined ? undefined : world.agentByLogin(user)
  if (!agent || password !== agent.password) return fail('Login failed! Your user name or password was entered incorrectly.')
  const session = sessions.create(agent.id, now)
  return ok({
    Message: 'Successful login',
    SessionName: SESSION_NAME,
    SessionValue: session.token,
    ChallengeToken: session.challengeToken,
    Me: {
      ID: agent.id, UserLogin: agent.login, Email: agent.email, FirstName: agent.firstName, LastName: agent.lastName,
      FullName: `${agent.firstName} ${agent.lastName}`, Avatar: AVATAR_URL,
    },
    Settings: { Language: 'en' },
  })
}

export function logout(sessions: SessionStore, token: string | undefined, params: Params, now: number): JsonObject {
  const found = token ? sessions.lookup(token, now, false) : undefined
  if (!found || found.status !== 'ok') return fail(SESSION_LOGOUT)
  const challenge = stringParam(params.ChallengeToken)
  if (!challenge || !sessions.challengeMatches(found.session.agentId, challenge)) return fail('Invalid Challenge Token!')
  sessions.remove(found.session.token)
  return ok({ Message: 'Logout successful.' })
}

/** Reads only query/form parameters; answers the same for known and unknown users (no account probing) */
export function lostPassword(cgiParams: Params): JsonObject {
  if (stringParam(cgiParams.Token)) return fail('Invalid token.')
  return ok({ Message: 'Sent password reset instructions. Please check your email.' })
}
