import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { countTickets, createTicket, getTicketList } from '@/api/tickets'
import DashboardView from '@/views/dashboard/DashboardView.vue'
import { mountSignedIn, until, useSimulator } from './support'

useSimulator()

function tile(wrapper: VueWrapper, label: string): Element {
  const found = wrapper.findAll('[data-testid="view-tile"]').find((candidate) => candidate.find('.tile__label').text() === label)
  if (!found) throw new Error(`no tile ${label}`)
  return found.element
}

function countOf(wrapper: VueWrapper, label: string): number | null {
  const text = tile(wrapper, label).querySelector('[data-testid="view-count"]')?.textContent
  return text ? Number(text.replace(/\D/g, '')) : null
}

const LABELS = ['Assigned to me', 'My queues', 'Open', 'Closed', 'New notes', 'My locked', 'My watched', 'Pending reminder reached']

describe('dashboard view counts', { timeout: 60_000 }, () => {
  it('shows every view with the count the server gives for it, New notes limited to open tickets', async () => {
    const { wrapper } = await mountSignedIn(DashboardView, 'anna', '/dashboard')
    await until(() => LABELS.every((label) => countOf(wrapper, label) !== null))

    expect(countOf(wrapper, 'Open')).toBe(await countTickets({ viewId: -3 }))
    expect(countOf(wrapper, 'My locked')).toBe(await countTickets({ viewId: -6 }))
    const openNewNotes = await countTickets({ viewId: -5, stateType: 'Open' })
    expect(countOf(wrapper, 'New notes')).toBe(openNewNotes)
    expect(openNewNotes).toBeLessThan(await countTickets({ viewId: -5 }))

    const pending = await getTicketList({ stateType: 'Open', limit: 1000 })
    const due = pending.Tickets.filter((ticket) => ticket.StateType === 'pending reminder' && ticket.UntilTime <= 0)
    expect(due.length).toBeGreaterThan(0)
    expect(countOf(wrapper, 'Pending reminder reached')).toBe(due.length)

    const openLink = tile(wrapper, 'Open').getAttribute('href')
    expect(openLink).toBe('/tickets?view=-3')
    expect(tile(wrapper, 'New notes').getAttribute('href')).toBe('/tickets?view=-5&stateType=Open')
    expect(tile(wrapper, 'Pending reminder reached').getAttribute('href')).toBe('/tickets?stateIds=6')
    wrapper.unmount()
  })

  it('a refresh picks up a new ticket and touches only the numbers that changed', async () => {
    const { wrapper } = await mountSignedIn(DashboardView, 'anna', '/dashboard')
    await until(() => LABELS.every((label) => countOf(wrapper, label) !== null))
    const openBefore = countOf(wrapper, 'Open') as number
    const closedBefore = countOf(wrapper, 'Closed')

    const changed: Node[] = []
    const observer = new MutationObserver((records) => records.forEach((record) => changed.push(record.target)))
    observer.observe(wrapper.element, { subtree: true, childList: true, characterData: true })

    await createTicket({ title: 'Dashboard refresh check', queueId: 5, priorityId: 3, body: 'Created while the dashboard was open.', stateId: 4 })
    await wrapper.get('[data-testid="dashboard-refresh"]').trigger('click')
    await until(() => countOf(wrapper, 'Open') === openBefore + 1)
    observer.disconnect()

    expect(tile(wrapper, 'Open').querySelector('[data-testid="view-growth"]')?.textContent?.trim()).toBe('+1')
    expect(countOf(wrapper, 'Closed')).toBe(closedBefore)
    // No skeleton while refreshing, and the Closed tile was not rewritten at all.
    expect(wrapper.findAll('.n-skeleton')).toHaveLength(0)
    const closedTile = tile(wrapper, 'Closed')
    expect(changed.filter((node) => closedTile.contains(node))).toEqual([])
    wrapper.unmount()
  })
})
