// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { login, logout, lostPassword } from '@/api/auth'
import { getSessionCredentials, onSessionExpired, setSessionCredentials } from '@/api/client'
import { errorMessageKey } from '@/api/errorMessages'
import { ApiError } from '@/api/errors'
import { CHALLENGE, SESSION } from './support/fixtureServer'
import { useFixtureServer } from './support/useFixtureServer'

const context = useFixtureServer()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('auth/login', () => {
  it('signs in with a trimmed login and no token, and drops the third-party avatar', async () => {
    setSessionCredentials(null)
    context.server.expect('auth/login.ok')
    const answer = await login('  root@localhost ', 'RootLab#2026')
    expect(answer).toEqual({
      SessionName: 'OTRSAgentInterface',
      SessionValue: SESSION,
      ChallengeToken: CHALLENGE,
      Me: {
        ID: 1,
        UserLogin: 'root@localhost',
        Email: 'root@localhost',
        FirstName: 'Admin',
        LastName: 'OTRS',
        FullName: 'Admin OTRS',
        Avatar: null,
      },
      Settings: { Language: 'en' },
    })
  })

  it('turns a wrong password into a validation error with its own message', async () => {
    context.server.expect('auth/login.wrong-password')
    const error = await failure(login('root@localhost', 'nope'))
    expect(error.kind).toBe('validation')
    expect(errorMessageKey(error)).toBe('errors.server.loginFailed')
  })
})

describe('auth/logout', () => {
  it('sends the token and the ChallengeToken', async () => {
    context.server.expect('auth/logout.ok')
    await expect(logout()).resolves.toBeUndefined()
  })

  it('reports a wrong challenge', async () => {
    setSessionCredentials({ sessionName: 'OTRSAgentInterface', sessionValue: SESSION, challengeToken: 'wrongchallengetoken0123456789abc' })
    context.server.expect('auth/logout.wrong-challenge')
    const error = await failure(logout())
    expect(errorMessageKey(error)).toBe('errors.server.invalidChallenge')
  })

  it('a dead session on logout is a session expiry, reported once, without a re-login', async () => {
    const seen: ApiError[] = []
    const stop = onSessionExpired((error) => seen.push(error))
    context.server.expect('auth/logout.invalid-session')
    const error = await failure(logout())
    stop()
    expect(error.kind).toBe('session-expired')
    expect(seen).toHaveLength(1)
    expect(getSessionCredentials()?.sessionValue).toBe(SESSION)
  })
})

describe('auth/lostPassword', () => {
  it('is a form POST (the server ignores JSON bodies here)', async () => {
    context.server.expect('auth/lostPassword.form-post-known-user')
    const answer = await lostPassword({ user: ' rolf.ro ' })
    expect(answer.Message).toBe('Sent password reset instructions. Please check your email.')
    const [request] = context.server.requests
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request.body).toBe('User=rolf.ro')
  })

  it('sends the reset token along and maps an invalid one', async () => {
    context.server.expect('auth/lostPassword.invalid-token')
    const error = await failure(lostPassword({ user: 'rolf.ro', token: 'invalidtoken' }))
    expect(error.kind).toBe('validation')
    expect(errorMessageKey(error)).toBe('errors.server.invalidResetToken')
  })
})
