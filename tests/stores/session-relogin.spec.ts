import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { getSessionCredentials, onSessionExpired, setSessionCredentials } from '@/api/client'
import { ApiError } from '@/api/errors'
import { countTickets, markTicketAsSeen } from '@/api/tickets'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'
import { jsonReply, SESSION } from '../api/support/fixtureServer'
import { useFixtureServer } from '../api/support/useFixtureServer'

const context = useFixtureServer()
const SESSION_INVALID = jsonReply({ Response: 'ERROR', Message: 'Session invalid' })

async function until(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function signedInRoot() {
  const session = useSessionStore()
  context.server.expect('auth/login.ok')
  await session.login('root@localhost', 'RootLab#2026')
  return session
}

function settled<T>(promise: Promise<T>): { done: () => boolean } {
  let done = false
  promise.then(
    () => (done = true),
    () => (done = true),
  )
  return { done: () => done }
}

beforeEach(() => {
  sessionStorage.clear()
  setActivePinia(createPinia())
})

describe('session expiry with a re-login dialog', () => {
  it('holds a failed read until the same agent signs in again, then runs it once more', async () => {
    const session = await signedInRoot()
    const unregister = session.registerReloginDialog()
    context.server.reply(SESSION_INVALID, { path: '/otrs/api/tickets/getTicketList' })
    const count = countTickets()
    const state = settled(count)
    await until(() => session.reloginRequired)
    expect(state.done()).toBe(false)
    expect(session.isAuthenticated).toBe(true)

    context.server.expect('auth/login.ok').expect('tickets/getTicketList.count')
    await session.relogin('RootLab#2026')
    expect(await count).toBe(31)
    expect(session.reloginRequired).toBe(false)
    expect(session.me?.UserLogin).toBe('root@localhost')
    expect(getSessionCredentials()?.sessionValue).toBe(SESSION)
    expect(JSON.parse(sessionStorage.getItem('otrs-console.session') ?? '{}').credentials.sessionValue).toBe(SESSION)
    unregister()
  })

  it('keeps asking after a wrong password; giving up fails the read and signs out', async () => {
    const session = await signedInRoot()
    const unregister = session.registerReloginDialog()
    const notified: boolean[] = []
    const stop = onSessionExpired(() => notified.push(session.isAuthenticated))
    context.server.reply(SESSION_INVALID, { path: '/otrs/api/tickets/getTicketList' })
    const count = countTickets().then(
      () => null,
      (error: unknown) => error,
    )
    await until(() => session.reloginRequired)

    context.server.expect('auth/login.wrong-password')
    await expect(session.relogin('nope')).rejects.toMatchObject({ kind: 'validation' })
    expect(session.reloginRequired).toBe(true)

    await session.cancelRelogin()
    const error = await count
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('session-expired')
    // The app heard of it once, while it still knew who was signed in (to return there after login).
    expect(notified).toEqual([true])
    expect(session.isAuthenticated).toBe(false)
    expect(session.expired).toBe(true)
    expect(session.reloginRequired).toBe(false)
    expect(getSessionCredentials()).toBeNull()
    stop()
    unregister()
  })

  it('does not repeat a write after the re-login', async () => {
    const session = await signedInRoot()
    const unregister = session.registerReloginDialog()
    context.server.reply(SESSION_INVALID, { path: '/otrs/api/tickets/markTicketAsSeen' })
    await expect(markTicketAsSeen({ ticketId: 10 })).rejects.toMatchObject({ kind: 'session-expired' })
    await until(() => session.reloginRequired)
    context.server.expect('auth/login.ok')
    await session.relogin('RootLab#2026')
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(context.server.requests.map((request) => request.path)).toEqual([
      '/otrs/api/auth/login',
      '/otrs/api/tickets/markTicketAsSeen',
      '/otrs/api/auth/login',
    ])
    unregister()
  })

  it('without a dialog, goes straight to the app’s session-expired handling', async () => {
    const session = await signedInRoot()
    const notified: string[] = []
    const stop = onSessionExpired((error) => notified.push(error.endpoint))
    context.server.reply(SESSION_INVALID).reply(SESSION_INVALID)
    const results = await Promise.allSettled([countTickets(), countTickets({ viewId: -1 })])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(notified).toEqual(['tickets/getTicketList'])
    expect(session.reloginRequired).toBe(false)
    stop()
  })

  it('lets the reference store finish its load after a mid-load expiry', async () => {
    const session = await signedInRoot()
    const unregister = session.registerReloginDialog()
    context.server
      .reply(SESSION_INVALID, { path: '/otrs/api/filters/getTicketViews' })
      .expect('queues/getQueueList.root')
      .expect('queues/getQueueList.agent-note-ForCreateTicket')
      .expect('queues/getQueueList.agent-note-ForUpdateQueue')
      .expect('users/getUserList.ok')
      .expect('services/getServiceList.ok')
      .expect('system/getDynamicFieldList.ok')
      .expect('users/getUserPermissions.root')
      .expect('system/getPackageList.ok')
    const reference = useReferenceStore()
    const loading = reference.ensureLoaded()
    await until(() => session.reloginRequired)
    expect(reference.state).toBe('loading')

    context.server.expect('auth/login.ok').expect('filters/getTicketViews.ok')
    await session.relogin('RootLab#2026')
    await loading
    expect(reference.state).toBe('done')
    expect(reference.views).toHaveLength(7)
    unregister()
  })

  it('an expiry answer to a read sent without a token does not open the dialog over the session signed in since', async () => {
    setSessionCredentials(null)
    const session = useSessionStore()
    const unregister = session.registerReloginDialog()
    const notified: boolean[] = []
    const stop = onSessionExpired(() => notified.push(session.isAuthenticated))
    // Sent while signed out (e.g. a poll of the page left behind); the answer comes after the login.
    context.server.reply(SESSION_INVALID, { path: '/otrs/api/tickets/getTicketList', delayMs: 300 })
    const count = countTickets()
    const state = settled(count)
    await until(() => context.server.requests.length === 1)

    context.server.expect('auth/login.ok').expect('tickets/getTicketList.count')
    await session.login('root@localhost', 'RootLab#2026')
    await until(() => state.done() || session.reloginRequired)
    expect(session.reloginRequired).toBe(false)
    // The read runs once more, with the new session.
    expect(await count).toBe(31)
    expect(notified).toEqual([])
    expect(session.isAuthenticated).toBe(true)
    stop()
    unregister()
  })

  it('another agent signing in while a re-login is pending: the old expiry is no news for the new session', async () => {
    const session = await signedInRoot()
    const unregister = session.registerReloginDialog()
    const notified: boolean[] = []
    const stop = onSessionExpired(() => notified.push(session.isAuthenticated))
    context.server.reply(SESSION_INVALID, { path: '/otrs/api/tickets/getTicketList' })
    const count = countTickets().catch((error: unknown) => error)
    await until(() => session.reloginRequired)

    context.server.expect('auth/login.ok-agent-europe-berlin')
    await session.login('anna.full', 'AnnaFull#2026')
    // Root's waiting read fails; it never runs as Anna.
    expect(await count).toMatchObject({ kind: 'session-expired' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(notified).toEqual([])
    expect(session.reloginRequired).toBe(false)
    expect(session.me?.UserLogin).toBe('anna.full')
    stop()
    unregister()
  })
})
