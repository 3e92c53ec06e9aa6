import { beforeEach, describe, expect, it } from 'vitest'
import type { PermissionGroup } from '@/api/types'
import { countTickets } from '@/api/tickets'
import { recalledTicketList, rememberTicketList } from '@/entities/ticket/ticketNavigation'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'
import { AGENTS, useSimulator } from '../api/support/useSimulator'
import { useFreshAppPinia } from '../support/appPinia'

const context = useSimulator()

beforeEach(useFreshAppPinia)

async function until(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function signIn(agent: keyof typeof AGENTS) {
  const session = useSessionStore()
  await session.login(AGENTS[agent].user, AGENTS[agent].password)
  return session
}

/** The server forgets every session (idle timeout) and the agent gives up the re-login. */
async function expireAndGiveUp(): Promise<void> {
  const session = useSessionStore()
  const unregister = session.registerReloginDialog()
  context.reset()
  const read = countTickets().catch((error: unknown) => error)
  await until(() => session.reloginRequired)
  await session.cancelRelogin()
  expect(await read).toMatchObject({ kind: 'session-expired' })
  unregister()
  expect(session.isAuthenticated).toBe(false)
  expect(session.expired).toBe(true)
}

/** Whether any permission group grants `rw` (anna.full: yes, rolf.ro: no). */
function grantsRw(groups: readonly PermissionGroup[]): boolean {
  return groups.some((group) => group.Permissions.includes('rw'))
}

const ANNAS_LIST = { ids: [3, 2, 1], listPath: '/tickets?view=-3' }

describe('signing in after an expired session', () => {
  it('another agent starts with clean stores: nothing of the previous agent shows', async () => {
    await signIn('anna')
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    expect(grantsRw(reference.permissionGroups)).toBe(true)
    rememberTicketList(ANNAS_LIST)

    await expireAndGiveUp()
    await signIn('rolf')
    expect(reference.state).toBe('idle')
    expect(reference.permissionGroups).toEqual([])
    expect(reference.queues).toEqual([])
    expect(recalledTicketList()).toBeNull()

    await reference.ensureLoaded()
    expect(grantsRw(reference.permissionGroups)).toBe(false)
  })

  it('the same agent continues where they left off', async () => {
    await signIn('anna')
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    const permissions = reference.permissionGroups
    rememberTicketList(ANNAS_LIST)

    await expireAndGiveUp()
    const session = await signIn('anna')
    expect(session.expired).toBe(false)
    expect(reference.state).toBe('done')
    expect(reference.permissionGroups).toEqual(permissions)
    expect(recalledTicketList()).toEqual(ANNAS_LIST)
  })

  it('after a logout, whoever signs in next starts clean, even if nothing else reset the stores', async () => {
    const session = await signIn('anna')
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    await session.logout()
    await signIn('anna')
    expect(reference.state).toBe('idle')
    expect(reference.permissionGroups).toEqual([])
  })
})
