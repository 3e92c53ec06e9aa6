import { beforeEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { REFERENCE_RETRY_DELAYS_MS, useReferenceStore } from '@/stores/reference'
import { resetAllStores, resettableStoresPlugin } from '@/stores/resetStores'
import { jsonReply } from '../api/support/fixtureServer'
import { expectNorasReferenceLoad, PASSING_FAILURE } from '../api/support/referenceLoad'
import { useFixtureServer } from '../api/support/useFixtureServer'

const context = useFixtureServer()

/** What the store asks for on a load, answered as nora.note; `packages` varies the system check. */
function expectNorasLoad(options: { packages?: 'ok' | 'outdated' | 'broken' } = {}): void {
  const packages = options.packages ?? 'ok'
  expectNorasReferenceLoad(context.server, {
    ...(packages === 'outdated' ? { packages: jsonReply({ Response: 'OK', Packages: [{ Name: 'RS4OTRS_API', Version: '6.36.3' }] }) } : {}),
    ...(packages === 'broken' ? { packages: jsonReply({ Response: 'ERROR', Message: "Method doesn't exist" }) } : {}),
  })
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(() => {
  const pinia = createPinia()
  // As in main.ts: Pinia applies plugins once it is installed in an app.
  pinia.use(resettableStoresPlugin)
  createApp({}).use(pinia)
  setActivePinia(pinia)
})

describe('reference store', () => {
  it('loads everything once per session; concurrent callers share the load', async () => {
    expectNorasLoad()
    const reference = useReferenceStore()
    await Promise.all([reference.ensureLoaded(), reference.ensureLoaded()])
    await reference.ensureLoaded()
    expect(reference.state).toBe('done')
    expect(context.server.requests).toHaveLength(9)
    expect(reference.views.map((view) => view.ID)).toEqual([-1, -2, -3, -4, -5, -6, -7])
    expect(reference.defaultView?.ID).toBe(-1)
    expect(reference.defaultPriority?.Name).toBe('3 normal')
    expect(reference.stateById.get(6)?.StateType).toBe('pending reminder')
    expect(reference.queueById.get(6)?.FullName).toBe('Support::Hardware')
    expect(reference.queueTree.find((node) => node.ID === 5)?.Childs?.[0].ID).toBe(6)
    expect(reference.agentById.get(1)?.UserFullname).toBe('Admin OTRS')
    expect(JSON.stringify(reference.agents)).not.toContain('UserPw')
    expect(reference.services.map((service) => service.ID)).toEqual([1, 2, 3])
    expect(reference.ticketFields.map((field) => field.Name)).toContain('Category')
    expect(reference.articleFields.map((field) => field.Name)).toEqual(['NoteRef'])
  })

  it('answers can(action, queue) from the agent’s permissions, rw implying everything', async () => {
    expectNorasLoad()
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    // support (5, 6): rw
    for (const action of ['ro', 'move_into', 'create', 'note', 'owner', 'priority', 'rw'] as const) expect(reference.can(action, 5), action).toBe(true)
    // sales (7): ro, priority, move_into, note
    expect(reference.can('note', 7)).toBe(true)
    expect(reference.can('move_into', 7)).toBe(true)
    expect(reference.can('priority', 7)).toBe(true)
    expect(reference.can('create', 7)).toBe(false)
    expect(reference.can('owner', 7)).toBe(false)
    expect(reference.can('rw', 7)).toBe(false)
    // users (1-4): ro, note
    expect(reference.can('ro', 1)).toBe(true)
    expect(reference.can('create', 1)).toBe(false)
    // restricted (8) and unknown queues: nothing
    expect(reference.can('ro', 8)).toBe(false)
    expect(reference.can('ro', null)).toBe(false)
  })

  it('offers only queues the agent may create in or move into', async () => {
    expectNorasLoad()
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    // The server offers all seven for creating; the permissions allow only support.
    expect(reference.createQueueCandidates).toHaveLength(7)
    expect(reference.queuesForCreate.map((queue) => queue.ID).sort()).toEqual([5, 6])
    expect(reference.queuesForMove.map((queue) => queue.ID).sort()).toEqual([5, 6, 7])
  })

  it('checks the RS4OTRS_API version', async () => {
    expectNorasLoad()
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    expect(reference.apiVersion).toBe('6.5.1')
    expect(reference.apiOutdated).toBe(false)
    expect(reference.mobileInstalled).toBe(false)

    expectNorasLoad({ packages: 'outdated' })
    await reference.refresh()
    expect(reference.apiVersion).toBe('6.36.3')
    expect(reference.apiOutdated).toBe(true)
  })

  it('still loads when the system check fails, and says so', async () => {
    expectNorasLoad({ packages: 'broken' })
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    expect(reference.state).toBe('done')
    expect(reference.systemCheckFailed).toBe(true)
    expect(reference.apiOutdated).toBe(false)
  })

  it('refreshes on demand', async () => {
    expectNorasLoad()
    const reference = useReferenceStore()
    await reference.ensureLoaded()
    expectNorasLoad()
    await reference.refresh()
    expect(context.server.requests).toHaveLength(18)
  })

  it('keeps the parts that arrived when one fails, and asks only for the missing one next time', async () => {
    expectNorasReferenceLoad(context.server, { views: PASSING_FAILURE })
    const reference = useReferenceStore()
    await expect(reference.ensureLoaded()).rejects.toMatchObject({ kind: 'server' })
    expect(reference.state).toBe('error')
    expect(reference.error).toMatchObject({ kind: 'server' })
    expect(reference.failedParts).toEqual(['views'])
    expect(reference.hasPart('views')).toBe(false)
    // The other answers are real and kept: permissions are known although the views are not.
    expect(reference.hasPart('permissions')).toBe(true)
    expect(reference.can('note', 7)).toBe(true)
    // A caller that needs only the permissions is not held up by the missing views.
    await reference.ensureLoaded(false, ['permissions'])

    context.server.expect('filters/getTicketViews.ok')
    await reference.retryFailed()
    expect(reference.state).toBe('done')
    expect(reference.error).toBeNull()
    expect(reference.views).toHaveLength(7)
    expect(context.server.requests.map((request) => request.path).filter((path) => path.endsWith('getTicketViews'))).toHaveLength(2)
  })

  it('asks for a part that failed for a passing reason again by itself', async () => {
    expectNorasReferenceLoad(context.server, { permissions: PASSING_FAILURE })
    const reference = useReferenceStore()
    await expect(reference.ensureLoaded()).rejects.toMatchObject({ kind: 'server' })
    expect(reference.hasPart('permissions')).toBe(false)
    expect(reference.can('ro', 5)).toBe(false)

    context.server.expect('users/getUserPermissions.agent-note-moveinto', { delayMs: 50 })
    // The first pause is REFERENCE_RETRY_DELAYS_MS[0]; the retry is shown while it runs.
    await until(() => reference.retrying, REFERENCE_RETRY_DELAYS_MS[0] + 1_000)
    expect(reference.state).toBe('error')
    await until(() => reference.state === 'done', 2_000)
    expect(reference.hasPart('permissions')).toBe(true)
    expect(reference.retrying).toBe(false)
    expect(reference.can('rw', 5)).toBe(true)
  })

  it('does not ask again by itself for what the server refused', async () => {
    expectNorasReferenceLoad(context.server, { dynamicFields: jsonReply({ Response: 'ERROR', Message: 'No permission' }) })
    const reference = useReferenceStore()
    await expect(reference.ensureLoaded()).rejects.toMatchObject({ kind: 'no-permission' })
    expect(reference.failedParts).toEqual(['dynamicFields'])
    await new Promise((resolve) => setTimeout(resolve, REFERENCE_RETRY_DELAYS_MS[0] + 500))
    expect(context.server.requests).toHaveLength(9)
    expect(reference.retrying).toBe(false)
  })

  it('a reset (sign-out) cancels the retries still pending', async () => {
    expectNorasReferenceLoad(context.server, { agents: PASSING_FAILURE })
    const reference = useReferenceStore()
    await expect(reference.ensureLoaded()).rejects.toMatchObject({ kind: 'server' })
    expect(reference.failedParts).toEqual(['agents'])
    resetAllStores()
    expect(reference.state).toBe('idle')
    expect(reference.hasPart('permissions')).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, REFERENCE_RETRY_DELAYS_MS[0] + 500))
    expect(context.server.requests).toHaveLength(9)
  })

  it('loads the SLAs of a service once, sharing concurrent requests', async () => {
    context.server.expect('sla/getSLAList.ok', { delayMs: 30 })
    const reference = useReferenceStore()
    const [first, second] = await Promise.all([reference.loadSlas(1), reference.loadSlas(1)])
    expect(first).toEqual([{ ID: 1, Title: 'Gold' }])
    expect(second).toEqual(first)
    expect(await reference.loadSlas(1)).toEqual(first)
    expect(reference.slasByService[1]).toEqual(first)
    expect(context.server.requests).toHaveLength(1)
  })
})
