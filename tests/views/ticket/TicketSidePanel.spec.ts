import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import TicketSidePanel from '@/views/tickets/ticket/TicketSidePanel.vue'
import { fetchTicket } from '@/entities/ticket/composables/useTicket'
import { useReferenceStore } from '@/stores/reference'
import { PERMISSIONS_UNKNOWN } from '@/views/tickets/ticket/useTicketPermissions'
import { mountWithApp } from '../../entities/ticket-editor/support/mountWithApp'
import { useSimulatorSession } from '../../entities/ticket-editor/support/simulatorSession'

const context = useSimulatorSession('anna')
const allowed = { allowed: true, reason: null }

async function mountPanel(extra: Record<string, unknown>) {
  await useReferenceStore().ensureLoaded()
  const ticket = await fetchTicket(2)
  const wrapper = mountWithApp(TicketSidePanel, {
    pinia: context.pinia,
    props: {
      ticket,
      staged: {},
      stagedCount: 0,
      problems: {},
      saving: false,
      timeZone: 'Europe/Berlin',
      permissions: { edit: allowed, owner: allowed, priority: allowed, move: allowed },
      ...extra,
    },
  })
  await flushPromises()
  return wrapper
}

describe('TicketSidePanel', () => {
  it('shows a partial failure on exactly the field the server did not update', async () => {
    const wrapper = await mountPanel({ problems: { queue: { kind: 'notUpdated' } } })
    expect(wrapper.find('[data-testid="field-problem-queue"]').text()).toContain('did not apply this change')
    expect(wrapper.find('[data-testid="field-problem-type"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="field-problem-state"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('asks for the pending time when a pending state is staged and blocks saving until it is given', async () => {
    const wrapper = await mountPanel({ staged: { stateId: 6 }, stagedCount: 1 })
    expect(wrapper.find('[data-testid="pending-time"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('A pending state needs a time')
    expect(wrapper.find('[data-testid="save-fields"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('says once why a read-only agent cannot edit', async () => {
    const readOnly = { allowed: false, reason: 'ticket.permissions.needs.rw' }
    const wrapper = await mountPanel({ permissions: { edit: readOnly, owner: readOnly, priority: readOnly, move: readOnly } })
    expect(wrapper.find('[data-testid="read-only-notice"]').text()).toContain('you need write access to queue Support')
    wrapper.unmount()
  })

  it('does not call the agent read-only when the permissions could not be loaded: it says so and offers a retry', async () => {
    const unknown = { allowed: false, reason: PERMISSIONS_UNKNOWN }
    const wrapper = await mountPanel({ permissions: { edit: unknown, owner: unknown, priority: unknown, move: unknown } })
    expect(wrapper.find('[data-testid="read-only-notice"]').exists()).toBe(false)
    const notice = wrapper.find('[data-testid="permissions-unknown-notice"]')
    expect(notice.text()).toContain('Your permissions for this ticket are not known yet')
    // Every field waits, without a per-field "you may not" reason.
    expect(wrapper.text()).not.toContain('You may not')
    expect(wrapper.text()).not.toContain('Read-only')
    expect(notice.find('[data-testid="permissions-retry"]').text()).toBe('Try again')
    wrapper.unmount()
  })
})
