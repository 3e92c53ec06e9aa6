import { beforeEach, describe, expect, it } from 'vitest'
import { createApp, effectScope, ref } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { Ticket } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'
import { PERMISSIONS_UNKNOWN, useTicketPermissions } from '@/views/tickets/ticket/useTicketPermissions'
import { expectNorasReferenceLoad, PASSING_FAILURE } from '../../api/support/referenceLoad'
import { useFixtureServer } from '../../api/support/useFixtureServer'

const context = useFixtureServer()

beforeEach(() => {
  const pinia = createPinia()
  createApp({}).use(pinia)
  setActivePinia(pinia)
})

/** A ticket in nora.note's rw queue Support (5) and one in Sales (7: ro, note, move_into, priority). */
const supportTicket = { TicketID: 2, QueueID: 5, Queue: 'Support' } as Ticket
const salesTicket = { TicketID: 3, QueueID: 7, Queue: 'Sales' } as Ticket

function permissionsOf(ticket: Ticket) {
  const scope = effectScope()
  const permissions = scope.run(() => useTicketPermissions(ref(ticket)))!
  return { permissions, stop: () => scope.stop() }
}

describe('useTicketPermissions', () => {
  it('allows nothing while the permissions are unknown, says why, and never calls that read-only', async () => {
    expectNorasReferenceLoad(context.server, { permissions: PASSING_FAILURE })
    const reference = useReferenceStore()
    const { permissions, stop } = permissionsOf(supportTicket)
    // While the first load runs: nothing allowed, and no reason (no "read-only" flash).
    const loading = reference.ensureLoaded()
    expect(permissions.edit.value).toEqual({ allowed: false, reason: null })
    await expect(loading).rejects.toMatchObject({ kind: 'server' })

    for (const allowance of [permissions.edit, permissions.owner, permissions.priority, permissions.move, permissions.note, permissions.watch]) {
      expect(allowance.value).toEqual({ allowed: false, reason: PERMISSIONS_UNKNOWN })
    }

    context.server.expect('users/getUserPermissions.agent-note-moveinto')
    await reference.retryFailed()
    expect(permissions.edit.value).toEqual({ allowed: true, reason: null })
    expect(permissions.note.value.allowed).toBe(true)
    expect(permissions.move.value.allowed).toBe(true)
    stop()
  })

  it('gives the real reasons once the permissions are known', async () => {
    expectNorasReferenceLoad(context.server)
    await useReferenceStore().ensureLoaded()
    const { permissions, stop } = permissionsOf(salesTicket)
    expect(permissions.edit.value).toEqual({ allowed: false, reason: 'ticket.permissions.needs.rw' })
    expect(permissions.priority.value).toEqual({ allowed: true, reason: null })
    expect(permissions.watch.value).toEqual({ allowed: true, reason: null })
    stop()
  })
})
