import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { StateItem, Ticket } from '@/api/types'
import PriorityTag from '@/entities/ticket/PriorityTag.vue'
import StateTag from '@/entities/ticket/StateTag.vue'
import { usePreferencesStore } from '@/stores/preferences'
import { useReferenceStore } from '@/stores/reference'
import { formatAge, formatServerDateTime } from '@/utils/time'
import OwnerCell from '@/views/tickets/list/OwnerCell.vue'
import TicketTitleCell from '@/views/tickets/list/TicketTitleCell.vue'
import TimeCell from '@/views/tickets/list/TimeCell.vue'
import TicketTable from '@/views/tickets/list/TicketTable.vue'
import { COLUMN_KEYS, useTicketColumns, type ColumnPrefs } from '@/views/tickets/list/useTicketColumns'
import { createTestI18n } from '../../support/i18n'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  localStorage.clear()
})

function i18n() {
  return createTestI18n('en')
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, `secondsAgo` before now (the `*Server` fields). */
function serverTime(secondsAgo: number): string {
  return new Date(Date.now() - secondsAgo * 1000).toISOString().slice(0, 19).replace('T', ' ')
}

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    TicketID: 42,
    TicketNumber: '2026112710000042',
    Title: 'Printer on floor 3 prints only blank pages',
    Queue: 'Support',
    QueueID: 5,
    State: 'open',
    StateID: 4,
    StateType: 'open',
    Priority: '3 normal',
    PriorityID: 3,
    Type: 'Incident',
    TypeID: 1,
    Lock: 'unlock',
    LockID: 1,
    Owner: 'anna.full',
    OwnerID: 2,
    Responsible: 'rolf.ro',
    ResponsibleID: 3,
    CustomerID: 'acme',
    CustomerUserID: 'jdoe',
    CustomerUserFirstname: 'Jane',
    CustomerUserLastname: 'Doe',
    ServiceID: null,
    SLAID: null,
    GroupID: 1,
    ArchiveFlag: 'n',
    Seen: 1,
    HasWatch: 0,
    WatcherCount: 0,
    LinkCount: 0,
    Age: 3 * 86_400 + 4 * 3_600,
    Created: '2026-11-24 10:15:00',
    Changed: '2026-11-27 09:05:00',
    CreatedServer: serverTime(3 * 86_400 + 4 * 3_600),
    ChangedServer: serverTime(3 * 3_600),
    CreateTimeUnix: 0,
    EscalationTime: 0,
    EscalationResponseTime: 0,
    EscalationUpdateTime: 0,
    EscalationSolutionTime: 0,
    UntilTime: 0,
    UntilTimeDate: null,
    UntilTimeDateUnix: 0,
    UnlockTimeout: 0,
    RealTillTimeNotUsed: 0,
    CreateBy: 1,
    ChangeBy: 1,
    DynamicFields: {},
    ...overrides,
  } as Ticket
}

function router(): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tickets', name: 'tickets', component: { render: () => null } },
      { path: '/tickets/:ticketId', name: 'ticket', component: { render: () => null } },
    ],
  })
}

/** The list's table with its real columns, every column shown, for `rows`. */
async function mountTable(rows: Ticket[], setup: () => void = () => undefined) {
  const pinia = createPinia()
  setActivePinia(pinia)
  setup()
  const appRouter = router()
  await appRouter.push('/tickets')
  const prefs = ref<ColumnPrefs>({ order: [...COLUMN_KEYS], hidden: [], widths: {} })
  const sort = ref({ sortBy: null, order: 'Down' as const, smartSort: false })
  wrapper = mount(
    defineComponent({
      setup() {
        const { columns } = useTicketColumns(prefs, sort)
        return () =>
          h(TicketTable, {
            columns: columns.value,
            rows,
            loading: false,
            checked: [],
            page: 1,
            pageSize: 25,
            pageSizes: [25],
            total: rows.length,
            rowClass: () => 'ticket-row',
            rowAttributes: (row: Ticket) => ({ 'data-ticket-id': row.TicketID }),
            selectLabel: (row: Ticket) => row.TicketNumber,
            'data-testid': 'ticket-table',
          })
      },
    }),
    { global: { plugins: [pinia, appRouter, i18n()] }, attachTo: document.body },
  )
  await flushPromises()
  return { router: appRouter, wrapper }
}

/** The body cell of `key`'s column in the first row. */
function cell(key: string) {
  const table = wrapper!
  const index = [...COLUMN_KEYS].indexOf(key as (typeof COLUMN_KEYS)[number]) + 1 // after the selection column
  return table.findAll('tbody tr')[0].findAll('td')[index]
}

describe('ticket list cells', () => {
  it('draws plain cells: no tooltip, ellipsis or tag components per cell', async () => {
    await mountTable([ticket({ Lock: 'lock', EscalationTime: -600 })])
    const body = wrapper!.get('tbody')
    expect(body.findAll('.n-ellipsis')).toHaveLength(0)
    expect(body.findAll('.n-tag')).toHaveLength(0)
    expect(body.findAll('.cell-clip').length).toBeGreaterThan(0)
    // Nor a component per row for the selection: a native check box, named after its ticket.
    expect(body.findAll('.n-checkbox')).toHaveLength(0)
    expect(body.get('input[type="checkbox"]').attributes('aria-label')).toBe('2026112710000042')
  })

  it('keeps every text as it was and carries it whole in a native title', async () => {
    await mountTable([ticket()])
    expect(cell('queue').text()).toBe('Support')
    expect(cell('queue').get('[title]').attributes('title')).toBe('Support')
    expect(cell('responsible').get('[title]').attributes('title')).toBe('rolf.ro')
    expect(cell('type').text()).toBe('Incident')
    expect(cell('customer').text()).toBe('Jane Doe')
    expect(cell('customer').get('[title]').attributes('title')).toBe('Jane Doe')
    expect(cell('title').get('.title-cell__text').attributes('title')).toBe('Printer on floor 3 prints only blank pages')
    expect(cell('owner').get('.owner-cell__name').attributes('title')).toBe('anna.full')
    expect(cell('priority').text()).toBe('3 normal')
    expect(cell('priority').get('.priority-tag').attributes('title')).toBe('3 normal')
    // The header names too, should a narrow column cut them.
    expect(wrapper!.get('thead').get('[title="Last change"]').text()).toBe('Last change')
    expect(wrapper!.find('.n-ellipsis').exists()).toBe(false)
  })

  it('shows relative times with the exact time as title, and the other way round when the agent prefers exact times', async () => {
    await mountTable([ticket()])
    expect(cell('changed').text()).toBe('3 hours ago')
    expect(cell('changed').get('.time-cell').attributes('title')).toBe(formatServerDateTime('2026-11-27 09:05:00', 'en'))
    expect(cell('age').text()).toBe(formatAge(3 * 86_400 + 4 * 3_600, 'en'))
    expect(cell('age').get('.time-cell').attributes('title')).toBe(formatServerDateTime('2026-11-24 10:15:00', 'en'))
    wrapper!.unmount()

    await mountTable([ticket()], () => usePreferencesStore().set('timeDisplay', 'absolute'))
    expect(cell('changed').text()).toBe(formatServerDateTime('2026-11-27 09:05:00', 'en'))
    expect(cell('changed').get('.time-cell').attributes('title')).toBe('3 hours ago')
    expect(cell('age').get('.time-cell').attributes('title')).toBe(formatAge(3 * 86_400 + 4 * 3_600, 'en'))
  })

  it('labels the lock icon with who locked the ticket, in its aria-label and its SVG title', async () => {
    await mountTable([ticket({ Lock: 'lock', Owner: 'nora.note' }), ticket({ TicketID: 43, Lock: 'unlock' })])
    const rows = wrapper!.findAll('tbody tr')
    const lock = rows[0].get('[data-testid="lock-icon"]')
    expect(lock.attributes('aria-label')).toBe('Locked by nora.note')
    expect(lock.get('title').text()).toBe('Locked by nora.note')
    expect(rows[0].get('.owner-cell__name').text()).toBe('nora.note')
    expect(rows[1].find('[data-testid="lock-icon"]').exists()).toBe(false)
  })

  it('badges escalations and due reminders, the escalation’s when in the badge’s title', async () => {
    await mountTable([
      ticket({ EscalationTime: -2 * 3_600 }),
      ticket({ TicketID: 43, EscalationTime: 30 * 60 }),
      ticket({ TicketID: 44, StateType: 'pending reminder', UntilTime: -60 }),
    ])
    const rows = wrapper!.findAll('tbody tr')
    const escalated = rows[0].get('[data-testid="escalation-badge"]')
    expect(escalated.text()).toBe('Escalated')
    expect(escalated.attributes('title')).toBe('Escalated 2 hours ago')
    expect(escalated.classes()).toContain('title-cell__badge--error')
    const soon = rows[1].get('[data-testid="escalation-badge"]')
    expect(soon.text()).toBe('Escalates soon')
    expect(soon.attributes('title')).toBe('Escalates in 30 minutes')
    expect(soon.classes()).toContain('title-cell__badge--warning')
    expect(rows[2].get('[data-testid="reminder-badge"]').text()).toBe('Reminder due')
    expect(rows[2].find('[data-testid="escalation-badge"]').exists()).toBe(false)
  })

  it('colours the state pill by state type and, once the reference data is there, dots it in the state’s colour', async () => {
    await mountTable([ticket(), ticket({ TicketID: 43, State: 'pending reminder', StateID: 6, StateType: 'pending reminder' })])
    const pills = wrapper!.findAll('[data-testid="state-tag"]')
    expect(pills.map((pill) => pill.text())).toEqual(['open', 'pending reminder'])
    expect(pills[0].classes()).toContain('state-tag--success')
    expect(pills[1].classes()).toContain('state-tag--warning')
    expect(pills[1].attributes('title')).toBe('pending reminder')
    expect(pills[0].find('.state-tag__dot').exists()).toBe(false)

    useReferenceStore().states = [{ ID: 4, Name: 'open', Color: '#18a058', BackgroundColor: null } as StateItem]
    await nextTick()
    expect(wrapper!.findAll('[data-testid="state-tag"]')[0].get('.state-tag__dot').attributes('style')).toContain('background')
  })

  it('links the number to the ticket: a plain click navigates in the app, a ctrl-click is left to the browser', async () => {
    const { router: appRouter } = await mountTable([ticket()])
    const link = cell('number').get('a.ticket-link')
    expect(link.text()).toBe('2026112710000042')
    expect(link.attributes('href')).toBe('/tickets/42')

    // (jsdom cannot open a new tab: stop the browser's part once the link has had its say.)
    const stopBrowser = (event: Event) => event.preventDefault()
    document.addEventListener('click', stopBrowser)
    await link.trigger('click', { ctrlKey: true })
    await flushPromises()
    document.removeEventListener('click', stopBrowser)
    expect(appRouter.currentRoute.value.name).toBe('tickets')

    await link.trigger('click', { button: 0 })
    await flushPromises()
    expect(appRouter.currentRoute.value.fullPath).toBe('/tickets/42')
  })
})

describe('cell components for templates', () => {
  function mountWith(component: Parameters<typeof mount>[0], props: Record<string, unknown>) {
    const pinia = createPinia()
    setActivePinia(pinia)
    return mount(component, { props, global: { plugins: [pinia, i18n()] } })
  }

  it('StateTag: a pill in the state type’s colour, with the state’s own dot', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useReferenceStore().states = [{ ID: 2, Name: 'new', Color: '#2080f0', BackgroundColor: null } as StateItem]
    const tag = mount(StateTag, { props: { name: 'new', stateType: 'new', stateId: 2 }, global: { plugins: [pinia] } })
    expect(tag.text()).toBe('new')
    expect(tag.classes()).toEqual(['state-tag', 'state-tag--info'])
    expect(tag.find('.state-tag__dot').exists()).toBe(true)
    const closed = mount(StateTag, { props: { name: 'closed successful', stateType: 'closed' }, global: { plugins: [pinia] } })
    expect(closed.classes()).toContain('state-tag--default')
    expect(closed.find('.state-tag__dot').exists()).toBe(false)
  })

  it('PriorityTag: the name behind a dot', () => {
    const tag = mountWith(PriorityTag, { priorityId: 5, name: '5 very high' })
    expect(tag.text()).toBe('5 very high')
    expect(tag.find('.priority-tag__dot').exists()).toBe(true)
  })

  it('TimeCell: the other form of the time as native title, none when there is none', () => {
    const cellWithHover = mountWith(TimeCell, { shown: '3 hours ago', hover: '27 Nov 2026, 09:05' })
    expect(cellWithHover.text()).toBe('3 hours ago')
    expect(cellWithHover.attributes('title')).toBe('27 Nov 2026, 09:05')
    expect(mountWith(TimeCell, { shown: '27 Nov 2026, 09:05', hover: '' }).attributes('title')).toBeUndefined()
  })

  it('OwnerCell: the lock icon says who locked it', () => {
    const owner = mountWith(OwnerCell, { owner: 'anna.full', locked: true })
    expect(owner.get('[data-testid="lock-icon"]').attributes('aria-label')).toBe('Locked by anna.full')
    expect(owner.get('[data-testid="lock-icon"] title').text()).toBe('Locked by anna.full')
    expect(mountWith(OwnerCell, { owner: 'anna.full', locked: false }).find('[data-testid="lock-icon"]').exists()).toBe(false)
  })

  it('TicketTitleCell: title and escalation badge with its when', () => {
    const title = mountWith(TicketTitleCell, { ticket: ticket({ EscalationTime: -2 * 3_600 }) })
    expect(title.get('.title-cell__text').text()).toBe('Printer on floor 3 prints only blank pages')
    expect(title.get('[data-testid="escalation-badge"]').attributes('title')).toBe('Escalated 2 hours ago')
  })
})
