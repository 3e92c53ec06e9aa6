import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { countTickets } from '@/api/tickets'
import MonitorView from '@/views/dashboard/MonitorView.vue'
import { mountSignedIn, until, useSimulator } from './support'

useSimulator()

function queueRows(wrapper: VueWrapper): Map<string, number> {
  return new Map(
    wrapper
      .findAll('[data-testid="queue-row"]')
      .map((row) => [row.attributes('data-queue') as string, Number(row.get('[data-testid="queue-total"]').text().replace(/\D/g, '') || 0)]),
  )
}

describe('queue monitor', { timeout: 60_000 }, () => {
  it('shows and counts only the queues a read-only agent may read, matching the server per queue', async () => {
    const { wrapper } = await mountSignedIn(MonitorView, 'rolf', '/monitor')
    await until(() => wrapper.find('[data-testid="queue-row"]').exists())

    const rows = queueRows(wrapper)
    // rolf.ro reads the users, support and sales groups, not "restricted".
    expect([...rows.keys()].sort()).toEqual(['Junk', 'Misc', 'Postmaster', 'Raw', 'Sales', 'Support', 'Support::Hardware'])
    for (const [name, total] of rows) {
      const queueId = { Postmaster: 1, Raw: 2, Junk: 3, Misc: 4, Support: 5, 'Support::Hardware': 6, Sales: 7 }[name] as number
      expect(total, name).toBe(await countTickets({ queueIds: [queueId], stateType: 'Open' }))
    }
    // Busiest first: the first row has the most open tickets.
    expect([...rows.values()][0]).toBe(Math.max(...rows.values()))
    wrapper.unmount()
  })

  it('drills down from a queue into the ticket list filtered by that queue', async () => {
    const { wrapper } = await mountSignedIn(MonitorView, 'anna', '/monitor')
    await until(() => wrapper.find('[data-queue="Support::Hardware"]').exists())
    const row = wrapper.get('[data-queue="Support::Hardware"]')
    expect(row.get('th a').attributes('href')).toBe('/tickets?stateType=Open&queueIds=6')
    const links = row.findAll('td a').map((link) => link.attributes('href'))
    expect(links).toContain('/tickets?stateType=Open&queueIds=6&lockIds=2,3')
    expect(links).toContain('/tickets?stateType=Open&queueIds=6&smartSort=1')
    expect(wrapper.find('[data-queue="Restricted"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('lists agent workload with stale locks flagged and a link to their open tickets', async () => {
    const { wrapper } = await mountSignedIn(MonitorView, 'anna', '/monitor')
    await until(() => wrapper.find('[data-testid="workload-row"]').exists())
    const anna = wrapper.get('[data-agent="anna.full"]')
    expect(anna.get('th a').attributes('href')).toBe('/tickets?stateType=Open&ownerIds=2')
    const locked = await countTickets({ ownerIds: [2], stateType: 'Open', lockIds: [2, 3] })
    expect(anna.findAll('td')[1].text()).toBe(String(locked))
    expect(anna.find('[data-testid="stale-badge"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
