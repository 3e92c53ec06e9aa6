import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { NMessageProvider } from 'naive-ui'
import { ApiError } from '@/api/errors'
import type { BulkOutcome, BulkTicket, OutcomeStatus } from '@/entities/ticket/composables/useBulkActions'
import { createTestI18n } from '../../support/i18n'
import { useReferenceStore } from '@/stores/reference'
import BulkReportModal from '@/views/tickets/list/BulkReportModal.vue'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

function ticket(id: number, title: string): BulkTicket {
  return {
    TicketID: id,
    TicketNumber: `20261127100000${id}`,
    Title: title,
    QueueID: 5,
    Queue: 'Support',
    StateID: 4,
    PriorityID: 3,
    OwnerID: 2,
    ResponsibleID: 2,
    Lock: 'unlock',
    HasWatch: 0,
    Seen: 1,
  }
}

const OUTCOMES: BulkOutcome[] = [
  { ticket: ticket(11, 'Printer jam'), action: { kind: 'move', value: 7 }, status: 'done', error: null, skipReason: null, failedFields: [] },
  {
    ticket: ticket(12, 'VPN down'),
    action: { kind: 'move', value: 7 },
    status: 'failed',
    error: new ApiError('no-permission', 'tickets/updateQueue', 'You must be an owner of the ticket'),
    skipReason: null,
    failedFields: [],
  },
  {
    ticket: ticket(13, 'Old invoice'),
    action: { kind: 'move', value: 7 },
    status: 'skipped',
    error: null,
    skipReason: { key: 'permission', params: { queue: 'Misc' } },
    failedFields: [],
  },
]

function counts(outcomes: BulkOutcome[]): Record<OutcomeStatus, number> {
  const result: Record<OutcomeStatus, number> = { waiting: 0, running: 0, done: 0, partial: 0, failed: 0, skipped: 0 }
  for (const outcome of outcomes) result[outcome.status] += 1
  return result
}

function mountReport(locale: 'en' | 'ru', overrides: Partial<{ running: boolean; canRetry: boolean; canUndo: boolean }> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useReferenceStore().queues = [{ ID: 7, Name: 'Sales', FullName: 'Sales', Accessible: 1 }]
  const props = {
    show: true,
    action: { kind: 'move' as const, value: 7 },
    outcomes: OUTCOMES,
    running: false,
    undoing: false,
    finished: 3,
    counts: counts(OUTCOMES),
    canRetry: true,
    canUndo: true,
    ...overrides,
  }
  const events: string[] = []
  wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(NMessageProvider, null, () =>
          h(BulkReportModal, {
            ...props,
            onRetry: () => events.push('retry'),
            onUndo: () => events.push('undo'),
            onClose: () => events.push('close'),
          }),
        ),
    }),
    { global: { plugins: [pinia, createTestI18n(locale)] }, attachTo: document.body },
  )
  return events
}

function text(testId: string): string {
  return document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
}

describe('bulk report', () => {
  it('shows each ticket’s outcome with the server’s reason, translated', async () => {
    mountReport('en')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.querySelector('.n-card-header')?.textContent).toContain('Move: Sales')
    expect(text('bulk-summary')).toBe('1 done · 0 partly done · 1 failed · 1 skipped')
    expect(text('bulk-outcome-2026112710000011')).toContain('Done')
    expect(text('bulk-outcome-2026112710000012')).toContain('Failed')
    expect(text('bulk-outcome-2026112710000012')).toContain('Only the owner of the locked ticket can do this')
    expect(text('bulk-outcome-2026112710000013')).toContain('You may not do this in queue Misc')

    wrapper?.unmount()
    document.body.innerHTML = ''
    mountReport('ru')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(text('bulk-outcome-2026112710000013')).toContain('У вас нет права на это в очереди Misc')
  })

  it('offers retry and undo, and no closing while it runs', async () => {
    const events = mountReport('en')
    await new Promise((resolve) => setTimeout(resolve, 0))
    ;(document.querySelector('[data-testid="bulk-retry"]') as HTMLElement).click()
    ;(document.querySelector('[data-testid="bulk-undo"]') as HTMLElement).click()
    ;(document.querySelector('[data-testid="bulk-close"]') as HTMLElement).click()
    expect(events).toEqual(['retry', 'undo', 'close'])
    expect(text('bulk-retry')).toBe('Retry failed (1)')

    wrapper?.unmount()
    document.body.innerHTML = ''
    mountReport('en', { running: true, canRetry: false, canUndo: false })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.querySelector('[data-testid="bulk-retry"]')).toBeNull()
    expect((document.querySelector('[data-testid="bulk-close"]') as HTMLButtonElement).disabled).toBe(true)
  })
})
