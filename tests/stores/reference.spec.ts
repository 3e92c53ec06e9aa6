import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useReferenceStore } from '@/stores/reference'
import { jsonReply } from '../api/support/fixtureServer'
import { useFixtureServer } from '../api/support/useFixtureServer'

const context = useFixtureServer()

/** What the store asks for on a load, answered as nora.note (rw support; ro+note+move_into+priority sales; ro+note users). */
function expectNorasLoad(options: { packages?: 'ok' | 'outdated' | 'broken' } = {}): void {
  context.server
    .expect('filters/getTicketViews.ok')
    .expect('queues/getQueueList.agent-note-moveinto')
    .expect('queues/getQueueList.agent-note-ForCreateTicket')
    .expect('queues/getQueueList.agent-note-ForUpdateQueue')
    .expect('users/getUserList.ok')
    .expect('services/getServiceList.ok')
    .expect('system/getDynamicFieldList.ok')
    .expect('users/getUserPermissions.agent-note-moveinto')
  const packages = options.packages ?? 'ok'
  if (packages === 'ok') context.server.expect('system/getPackageList.ok')
  if (packages === 'outdated') {
    context.server.reply(jsonReply({ Response: 'OK', Packages: [{ Name: 'RS4OTRS_API', Version: '6.36.3' }] }), { path: '/otrs/api/system/getPackageList' })
  }
  if (packages === 'broken') context.server.reply(jsonReply({ Response: 'ERROR', Message: "Method doesn't exist" }), { path: '/otrs/api/system/getPackageList' })
}

beforeEach(() => {
  setActivePinia(createPinia())
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

  it('reports a failed load and tries again on the next call', async () => {
    context.server
      .reply(jsonReply({ Response: 'ERROR', Message: 'Please contact the administrator!' }), { path: '/otrs/api/filters/getTicketViews' })
      .expect('queues/getQueueList.agent-note-moveinto')
      .expect('queues/getQueueList.agent-note-ForCreateTicket')
      .expect('queues/getQueueList.agent-note-ForUpdateQueue')
      .expect('users/getUserList.ok')
      .expect('services/getServiceList.ok')
      .expect('system/getDynamicFieldList.ok')
      .expect('users/getUserPermissions.agent-note-moveinto')
      .expect('system/getPackageList.ok')
    const reference = useReferenceStore()
    await expect(reference.ensureLoaded()).rejects.toMatchObject({ kind: 'server' })
    expect(reference.state).toBe('error')
    // Let the rest of the failed load finish (a new load would share those requests otherwise).
    await new Promise((resolve) => setTimeout(resolve, 100))
    expectNorasLoad()
    await reference.ensureLoaded()
    expect(reference.state).toBe('done')
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
