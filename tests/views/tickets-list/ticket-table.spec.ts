import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { Ticket } from '@/api/types'
import TicketTable from '@/views/tickets/list/TicketTable.vue'
import type { TicketTableColumn } from '@/views/tickets/list/useTicketColumns'
import { createTestI18n } from '../../support/i18n'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function row(id: number): Ticket {
  return { TicketID: id, TicketNumber: `20261207100000${id}`, Title: `Ticket ${id}` } as Ticket
}

const titleColumn = (sortOrder: TicketTableColumn['sortOrder']): TicketTableColumn => ({
  key: 'title',
  label: 'Title',
  width: 280,
  sortOrder,
  render: (ticket) => h('span', { class: 'title' }, ticket.Title),
})
const queueColumn: TicketTableColumn = { key: 'queue', label: 'Queue', width: 140, sortOrder: undefined, render: (ticket) => h('span', ticket.Queue) }

function mountTable(props: Partial<InstanceType<typeof TicketTable>['$props']> = {}) {
  wrapper = mount(TicketTable, {
    props: {
      columns: [titleColumn(false), queueColumn],
      rows: [row(1), row(2), row(3)],
      loading: false,
      checked: [],
      page: 1,
      pageSize: 25,
      pageSizes: [25, 50, 100],
      total: 3,
      rowClass: () => 'ticket-row',
      rowAttributes: (ticket: Ticket) => ({ 'data-ticket-id': ticket.TicketID }),
      selectLabel: (ticket: Ticket) => `Select ${ticket.TicketNumber}`,
      ...props,
    },
    slots: { empty: () => h('p', { class: 'nothing' }, 'No tickets') },
    global: { plugins: [createTestI18n('en')] },
    attachTo: document.body,
  })
  return wrapper
}

describe('ticket table', () => {
  it('draws a row per ticket with its cells, a named check box and the row attributes', () => {
    const table = mountTable()
    const rows = table.findAll('tbody tr')
    expect(rows.map((tr) => tr.attributes('data-ticket-id'))).toEqual(['1', '2', '3'])
    expect(rows[0].classes()).toContain('ticket-row')
    expect(rows[1].get('.title').text()).toBe('Ticket 2')
    expect(rows[2].get('input[type="checkbox"]').attributes('aria-label')).toBe('Select 202612071000003')
    expect(table.get('thead input[type="checkbox"]').attributes('aria-label')).toBe('Select all tickets on this page')
    expect(table.text()).toContain('3 tickets')
  })

  it('selects a row, then the whole page; the page box shows a part selection', async () => {
    const table = mountTable()
    await table.findAll('tbody input[type="checkbox"]')[1].setValue(true)
    const [keys, change] = table.emitted('update:checked')![0] as [number[], { row?: Ticket; action: string }]
    expect(keys).toEqual([2])
    expect(change).toEqual({ row: row(2), action: 'check' })

    await table.setProps({ checked: [2] })
    const all = table.get('thead input[type="checkbox"]').element as HTMLInputElement
    expect(all.indeterminate).toBe(true)
    expect(all.checked).toBe(false)
    await table.get('thead input[type="checkbox"]').setValue(true)
    expect(table.emitted('update:checked')![1][0]).toEqual([2, 1, 3])
    expect((table.emitted('update:checked')![1][1] as { action: string }).action).toBe('checkAll')

    await table.setProps({ checked: [1, 2, 3] })
    expect(all.checked).toBe(true)
    expect(all.indeterminate).toBe(false)
    await table.get('thead input[type="checkbox"]').setValue(false)
    expect(table.emitted('update:checked')![2][0]).toEqual([])
  })

  it('sorts by a header: descending first, then ascending, then unsorted; its arrow is announced', async () => {
    const table = mountTable()
    expect(table.findAll('thead th')[2].find('button').exists()).toBe(false)
    const title = () => table.findAll('thead th')[1]
    expect(title().attributes('aria-sort')).toBeUndefined()
    await title().get('button').trigger('click')
    expect(table.emitted('sort')![0][0]).toEqual({ columnKey: 'title', order: 'descend' })

    await table.setProps({ columns: [titleColumn('descend'), queueColumn] })
    expect(title().attributes('aria-sort')).toBe('descending')
    await title().get('button').trigger('click')
    expect(table.emitted('sort')![1][0]).toEqual({ columnKey: 'title', order: 'ascend' })

    await table.setProps({ columns: [titleColumn('ascend'), queueColumn] })
    expect(title().attributes('aria-sort')).toBe('ascending')
    await title().get('button').trigger('click')
    expect(table.emitted('sort')![2][0]).toEqual({ columnKey: 'title', order: false })
  })

  it('resizes a column by its header edge, no narrower than the minimum, and reports the width once released', async () => {
    const table = mountTable()
    const handle = table.findAll('.ticket-table__resize')[0]
    // (jsdom has no PointerEvent: a mouse event of the pointer's name carries the position.)
    handle.element.dispatchEvent(new MouseEvent('pointerdown', { clientX: 500, bubbles: true }))
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 560 }))
    await table.vm.$nextTick()
    expect(table.findAll('col')[1].attributes('style')).toContain('width: 340px')
    expect(table.emitted('resize')).toBeUndefined()
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: 560 }))
    expect(table.emitted('resize')![0]).toEqual(['title', 340])

    table.findAll('.ticket-table__resize')[1].element.dispatchEvent(new MouseEvent('pointerdown', { clientX: 500, bubbles: true }))
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 100 }))
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: 100 }))
    expect(table.emitted('resize')![1]).toEqual(['queue', 70])
  })

  it('says it is busy while loading and shows the empty slot only when nothing is loading', async () => {
    const table = mountTable({ rows: [], total: 0, loading: true })
    expect(table.attributes('aria-busy')).toBe('true')
    expect(table.find('.nothing').exists()).toBe(false)
    await table.setProps({ loading: false })
    expect(table.attributes('aria-busy')).toBeUndefined()
    expect(table.get('.nothing').text()).toBe('No tickets')
    expect((table.get('thead input[type="checkbox"]').element as HTMLInputElement).disabled).toBe(true)
  })
})
