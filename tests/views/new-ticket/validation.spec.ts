// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/errors'
import { emptyDraft, type NewTicketDraft } from '@/entities/ticket/composables/useNewTicketDraft'
import { draftToNewTicket } from '@/entities/ticket/composables/useNewTicketSubmit'
import { serverErrorsToFields, validateNewTicket } from '@/entities/ticket/composables/useNewTicketValidation'
import { parseAddressList } from '@/utils/emailAddress'
import { pendingPresetTime } from '@/views/new-ticket/composables/pendingPresets'

const NOW = Date.UTC(2026, 10, 27, 12, 0)
const PENDING_STATE = 6
const rules = { canCreateIn: (queueId: number) => queueId !== 8, isPendingState: (stateId: number) => stateId === PENDING_STATE, now: NOW }

function draft(overrides: Partial<NewTicketDraft> = {}): NewTicketDraft {
  return {
    ...emptyDraft(),
    queueId: 5,
    priorityId: 3,
    customer: { login: 'jdoe', customerId: 'ACME', name: 'John Doe', email: 'john.doe@acme.example.test' },
    title: 'Printer jams',
    body: 'Every page.',
    ...overrides,
  }
}

describe('new ticket validation', () => {
  it('accepts a complete phone ticket', () => {
    expect(validateNewTicket(draft(), rules)).toEqual({})
  })

  it('names every missing required field', () => {
    expect(validateNewTicket(emptyDraft(), rules)).toEqual({
      queueId: 'newTicket.errors.queueRequired',
      customer: 'newTicket.errors.customerRequired',
      title: 'newTicket.errors.titleRequired',
      body: 'newTicket.errors.bodyRequired',
      priorityId: 'newTicket.errors.priorityRequired',
    })
  })

  it('refuses queues without create permission and titles over 255 characters', () => {
    const errors = validateNewTicket(draft({ queueId: 8, title: 'ü'.repeat(256) }), rules)
    expect(errors.queueId).toBe('newTicket.errors.queueNotAllowed')
    expect(errors.title).toBe('newTicket.errors.titleTooLong')
    expect(validateNewTicket(draft({ title: 'ü'.repeat(255) }), rules).title).toBeUndefined()
  })

  it('lets an internal note go without a customer', () => {
    expect(validateNewTicket(draft({ channel: 'internal', customer: null }), rules)).toEqual({})
  })

  it('needs valid addresses for an e-mail', () => {
    expect(validateNewTicket(draft({ channel: 'email', to: '' }), rules).to).toBe('newTicket.errors.toRequired')
    expect(validateNewTicket(draft({ channel: 'email', to: 'not an address' }), rules).to).toBe('newTicket.errors.addressInvalid')
    expect(validateNewTicket(draft({ channel: 'email', to: 'A <a@x.org>, b@y.org', cc: 'c@' }), rules)).toEqual({ cc: 'newTicket.errors.addressInvalid' })
    expect(parseAddressList('A <a@x.org>; b@y.org')).toEqual(['a@x.org', 'b@y.org'])
  })

  it('needs a future pending time for a pending state, and numeric time units', () => {
    expect(validateNewTicket(draft({ stateId: PENDING_STATE }), rules).pendingAt).toBe('newTicket.errors.pendingRequired')
    expect(validateNewTicket(draft({ stateId: PENDING_STATE, pendingAt: NOW - 1 }), rules).pendingAt).toBe('newTicket.errors.pendingInPast')
    expect(validateNewTicket(draft({ stateId: PENDING_STATE, pendingAt: NOW + 60_000, timeUnits: '1,5' }), rules)).toEqual({})
    expect(validateNewTicket(draft({ timeUnits: 'ten' }), rules).timeUnits).toBe('newTicket.errors.timeUnitsInvalid')
  })

  it('puts server refusals next to the fields they name', () => {
    const missing = new ApiError('validation', 'tickets/createTicket', 'Required fields is not defined: Title, QueueID')
    expect(serverErrorsToFields(missing)).toEqual({ title: 'newTicket.errors.requiredByServer', queueId: 'newTicket.errors.requiredByServer' })
    expect(serverErrorsToFields(new ApiError('validation', 'tickets/createTicket', 'Queue is incorrect'))).toEqual({ queueId: 'newTicket.errors.queueIncorrect' })
    expect(serverErrorsToFields(new ApiError('no-permission', 'tickets/createTicket', 'No permission'))).toEqual({ queueId: 'newTicket.errors.queueNotAllowed' })
  })
})

describe('new ticket request', () => {
  it('says which channel it is and sends only what was filled', () => {
    const email = draftToNewTicket(draft({ channel: 'email', to: ' a@x.org ', timeUnits: '1,5', dynamicFields: { Category: 'hw', Tags: [], CustomerRef: '' } }), rules)
    expect(email).toMatchObject({ articleType: 'Email', senderType: 'agent', to: 'a@x.org', estimated: 1.5, customerUserId: 'jdoe', customerId: 'ACME' })
    expect(email.dynamicFields).toEqual({ Category: 'hw' })
    expect(email.cc).toBeUndefined()
    const phone = draftToNewTicket(draft({ stateId: PENDING_STATE, pendingAt: NOW + 3_600_000 }), rules)
    expect(phone).toMatchObject({ articleType: 'Phone', senderType: 'customer', to: undefined, pending: { unix: NOW / 1000 + 3600 } })
  })
})

describe('pending presets', () => {
  it('puts reminders at round, future times', () => {
    const now = new Date(2026, 10, 27, 10, 37, 12)
    expect(new Date(pendingPresetTime('inOneHour', now))).toEqual(new Date(2026, 10, 27, 11, 40))
    expect(new Date(pendingPresetTime('tomorrowMorning', now))).toEqual(new Date(2026, 10, 28, 9, 0))
    // 27 Nov 2026 is a Friday.
    expect(new Date(pendingPresetTime('nextMonday', now))).toEqual(new Date(2026, 10, 30, 9, 0))
  })
})
