import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope } from 'vue'
import { useNewTicketSubmit } from '@/entities/ticket/composables/useNewTicketSubmit'
import type { NewTicket } from '@/api/tickets'
import { startRecordingProxy } from '../../entities/customer/support/recordingProxy'
import { signInApi } from '../../entities/customer/support/signedInApi'

let proxy: Awaited<ReturnType<typeof startRecordingProxy>>

beforeAll(async () => {
  proxy = await startRecordingProxy()
})
afterAll(async () => {
  await proxy.close()
})
beforeEach(async () => {
  proxy.reset()
  setActivePinia(createPinia())
  await signInApi(proxy.apiBase)
  proxy.requests.length = 0
})

function submitter() {
  return effectScope().run(() => useNewTicketSubmit())!
}

const ticket: NewTicket = { title: 'Idempotent create', queueId: 5, priorityId: 3, body: 'Once only.', customerUserId: 'jdoe', customerId: 'ACME' }

describe('sending a new ticket', () => {
  it('creates one ticket however often it is sent at once, and attaches the file once', async () => {
    const { submit } = submitter()
    const file = { id: 'f1', filename: 'note.txt', contentType: 'text/plain', size: 4, content: btoa('note') }
    const [first, second] = await Promise.all([submit(ticket, [file]), submit(ticket, [file])])
    expect(first.ticketId).toBe(second.ticketId)
    expect(proxy.callsTo('createTicket')).toHaveLength(1)
    expect(proxy.callsTo('createAttachment')).toHaveLength(1)

    const again = await submit(ticket, [file])
    expect(again.ticketId).toBe(first.ticketId)
    expect(proxy.callsTo('createTicket')).toHaveLength(1)
  })

  it('after "Couldn\'t create ticket" checks by listing before it sends again', async () => {
    const { submit, unclear } = submitter()
    await expect(submit({ ...ticket, priorityId: 999 })).rejects.toMatchObject({ serverMessage: "Couldn't create ticket" })
    const afterFailure = proxy.requests.map((request) => request.path.split('/').pop())
    expect(afterFailure).toEqual(['createTicket', 'getTicketList'])
    expect(unclear.value).toBe(false)

    const outcome = await submit(ticket)
    expect(outcome.recovered).toBe(false)
    expect(proxy.callsTo('createTicket')).toHaveLength(2)
  })

  it('reports a partial success with the new ticket instead of failing', async () => {
    const { submit } = submitter()
    const outcome = await submit({ ...ticket, dynamicFields: { NoSuchField: '1' } })
    expect(outcome.ticketId).toBeGreaterThan(0)
    expect(outcome.failedSteps).toEqual(['DynamicField_NoSuchField'])
  })
})
