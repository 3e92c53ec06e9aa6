// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { errorMessage, errorMessageKey } from '@/api/errorMessages'
import { ApiError } from '@/api/errors'
import {
  createArticle,
  createAttachment,
  createTicket,
  isValidBase64,
  markArticleAsSeen,
  markTicketAsSeen,
  pendingTimeParams,
  toUploadFile,
  updateArchiveFlag,
  updateCustomer,
  updateLock,
  updateOwner,
  updatePendingTime,
  updatePriority,
  updateQueue,
  updateResponsible,
  updateService,
  updateSLA,
  updateState,
  updateTicket,
  updateTitle,
  updateType,
  watchTicket,
} from '@/api/tickets'
import { jsonReply } from './support/fixtureServer'
import { useFixtureServer } from './support/useFixtureServer'

const context = useFixtureServer()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('tickets/createTicket', () => {
  it('creates a ticket and answers its ID', async () => {
    context.server.expect('tickets/createTicket.ok')
    const result = await createTicket({
      title: 'API created ticket',
      queueId: 5,
      priorityId: 3,
      body: 'Created through the API.',
      subject: 'API created ticket',
      customerUserId: 'jdoe',
      customerId: 'ACME',
      typeId: 2,
    })
    expect(result).toEqual({ id: 32, failedFields: [] })
  })

  it('sends every optional field the way the server takes it (pending time as UntilTimeDateUnix)', async () => {
    context.server.expect('tickets/createTicket.ok-full')
    const result = await createTicket({
      title: 'API ticket with extras',
      queueId: 6,
      priorityId: 4,
      body: '<p>HTML <b>body</b></p>',
      contentType: 'text/html; charset=utf-8',
      typeId: 3,
      serviceId: 1,
      slaId: 1,
      customerUserId: 'msmith',
      customerId: 'GLOBEX',
      stateId: 6,
      pending: { unix: 1798761600 },
      ownerId: 2,
      lockByOwner: true,
      estimated: 30,
      articleType: 'Email',
      senderType: 'agent',
      dynamicFields: { Category: 'sw', Tags: ['vip', 'urgent'], DueDate: '2026-12-24 00:00:00', Escalated: 1, CustomerRef: 'REF-API' },
    })
    expect(result.failedFields).toEqual([])
  })

  it('returns a partial success with the new ID and the failed steps, without a second request', async () => {
    context.server.expect('tickets/createTicket.bad-dynamicfield')
    const result = await createTicket({ title: 'API ticket bad DF', queueId: 5, priorityId: 3, body: 'x', dynamicFields: { NoSuchField: '1' } })
    expect(result).toEqual({ id: 34, failedFields: ['DynamicField_NoSuchField'] })
    expect(context.server.requests).toHaveLength(1)
    expect(errorMessage({ kind: 'validation', serverMessage: 'Ticket was created but these operations are failed: DynamicField_NoSuchField' })).toEqual({
      key: 'errors.partial.ticketCreated',
      params: { fields: 'DynamicField_NoSuchField' },
    })
  })

  it('maps refusals', async () => {
    context.server.expect('tickets/createTicket.bad-queue').expect('tickets/createTicket.no-permission')
    const badQueue = await failure(createTicket({ title: 'x', queueId: 999, priorityId: 3, body: 'x' }))
    expect(errorMessageKey(badQueue)).toBe('errors.server.queueIncorrect')
    const denied = await failure(createTicket({ title: 'x', queueId: 5, priorityId: 3, body: 'x' }))
    expect(denied.kind).toBe('no-permission')
  })

  it('refuses impossible pending dates and over-long titles before sending', async () => {
    const badDate = await failure(
      createTicket({ title: 'API ticket bad pending', queueId: 5, priorityId: 3, body: 'x', stateId: 6, pending: { year: 2020, month: 13, day: 40, hour: 0, minute: 0 } }),
    )
    expect(badDate.code).toBe('invalidPendingTime')
    expect(errorMessageKey(badDate)).toBe('errors.client.invalidPendingTime')
    const longTitle = await failure(createTicket({ title: 'x'.repeat(256), queueId: 5, priorityId: 3, body: 'x' }))
    expect(longTitle.code).toBe('titleTooLong')
    expect(context.server.requests).toHaveLength(0)
  })
})

describe('pending times', () => {
  it('become UntilTimeDateUnix or Year/Month/Day/Hour/Minute', () => {
    expect(pendingTimeParams({ unix: 1798761600 })).toEqual({ UntilTimeDateUnix: 1798761600 })
    expect(pendingTimeParams(new Date(Date.UTC(2027, 0, 1)))).toEqual({ UntilTimeDateUnix: 1798761600 })
    expect(pendingTimeParams({ year: 2027, month: 1, day: 15, hour: 9, minute: 30 })).toEqual({ Year: 2027, Month: 1, Day: 15, Hour: 9, Minute: 30 })
    expect(() => pendingTimeParams({ year: 2027, month: 2, day: 29, hour: 0, minute: 0 })).toThrow(ApiError)
    expect(() => pendingTimeParams({ year: 2027, month: 1, day: 1, hour: 24, minute: 0 })).toThrow(ApiError)
    expect(() => pendingTimeParams(new Date(Number.NaN))).toThrow(ApiError)
  })
})

describe('tickets/createArticle', () => {
  it('adds notes and e-mails', async () => {
    context.server.expect('tickets/createArticle.ok-internal').expect('tickets/createArticle.ok-email-html').expect('tickets/createArticle.with-state-and-time')
    expect(await createArticle({ ticketId: 2, subject: 'Internal note', body: 'Only for agents.', articleType: 'Internal', senderType: 'agent' })).toEqual({
      id: expect.any(Number),
      failedFields: [],
    })
    await createArticle({
      ticketId: 2,
      subject: 'Reply',
      body: '<p>Hello <b>John</b></p>',
      contentType: 'text/html; charset=utf-8',
      articleType: 'Email',
      senderType: 'agent',
      to: 'john.doe@acme.example.test',
      cc: 'boss@acme.example.test',
    })
    await createArticle({ ticketId: 2, subject: 'Note + state', body: 'Setting state.', articleType: 'Internal', senderType: 'agent', stateId: 4, estimated: 10 })
  })

  it('returns a partial success with the article ID', async () => {
    context.server.expect('tickets/createArticle.bad-state-partial')
    const result = await createArticle({ ticketId: 2, subject: 'Note + bad state', body: 'x', articleType: 'Internal', state: 'no such state' })
    expect(result).toEqual({ id: 60, failedFields: ['UpdateState'] })
  })

  it('maps missing fields with their names', async () => {
    context.server.reply(jsonReply({ Response: 'ERROR', Message: 'Required fields is not defined: TicketID, Subject, Body' }))
    const error = await failure(createArticle({ ticketId: 0, subject: '', body: '' }))
    expect(error.kind).toBe('validation')
    expect(error.fields).toEqual(['TicketID', 'Subject', 'Body'])
    expect(errorMessage(error)).toEqual({ key: 'errors.server.requiredFields', params: { fields: 'TicketID, Subject, Body' } })
  })
})

describe('tickets/createAttachment', () => {
  const hello = { content: 'aGVsbG8gYXR0YWNobWVudAo=', contentType: 'text/plain', filename: 'hello.txt' }

  it('uploads to a ticket’s first article or to an article', async () => {
    context.server.expect('tickets/createAttachment.ok-ticketid').expect('tickets/createAttachment.ok-articleid')
    expect(await createAttachment({ ticketId: 2, file: hello })).toEqual({
      FileID: 1,
      Filename: 'hello.txt',
      ContentType: 'text/plain',
      FilesizeRaw: 17,
      Disposition: 'attachment',
      ContentID: null,
      ContentAlternative: null,
    })
    await createAttachment({ articleId: 2, file: { ...hello, filename: 'hello2.txt' } })
  })

  it('refuses invalid base64 and empty files before sending', async () => {
    const invalid = await failure(createAttachment({ ticketId: 2, file: { ...hello, content: '%%%not-base64%%%' } }))
    expect(invalid.code).toBe('invalidBase64')
    const empty = await failure(createAttachment({ ticketId: 2, file: { ...hello, content: '' } }))
    expect(empty.code).toBe('emptyFile')
    const nowhere = await failure(createAttachment({ file: hello }))
    expect(nowhere.code).toBe('missingTarget')
    expect(context.server.requests).toHaveLength(0)
    expect(isValidBase64('aGVsbG8=')).toBe(true)
    expect(isValidBase64('aGVsbG8')).toBe(false)
  })

  it('reads a browser file into base64', async () => {
    const file = await toUploadFile(new Blob(['hello attachment\n'], { type: 'text/plain' }), 'hello.txt')
    expect(file).toEqual(hello)
  })

  it('maps an unknown ticket', async () => {
    context.server.expect('tickets/createAttachment.bad-ticket')
    const error = await failure(createAttachment({ ticketId: 99999, file: { ...hello, filename: 'x.txt' } }))
    expect(error.kind).toBe('not-found')
  })
})

describe('seen flags and watching', () => {
  it('marks articles and tickets (un)seen', async () => {
    context.server
      .expect('tickets/markArticleAsSeen.ok')
      .expect('tickets/markArticleAsSeen.unseen')
      .expect('tickets/markTicketAsSeen.ok')
      .expect('tickets/markTicketAsSeen.unseen')
    expect(await markArticleAsSeen({ ticketId: 3, articleId: 5 })).toEqual({ TicketID: 3, TicketSeen: 1 })
    await markArticleAsSeen({ ticketId: 3, articleId: 5, seen: false })
    await markTicketAsSeen({ ticketId: 10 })
    await markTicketAsSeen({ ticketId: 10, seen: false })
  })

  it('subscribes and unsubscribes', async () => {
    context.server.expect('tickets/watchTicket.subscribe').expect('tickets/watchTicket.unsubscribe').expect('tickets/watchTicket.no-permission')
    await watchTicket({ ticketId: 2, subscribe: true })
    await watchTicket({ ticketId: 2, subscribe: false })
    expect((await failure(watchTicket({ ticketId: 28, subscribe: true }))).kind).toBe('no-permission')
  })
})

describe('single-field updates', () => {
  it('send the ID, or the name when no ID is given', async () => {
    context.server
      .expect('tickets/updateTitle.ok')
      .expect('tickets/updateType.ok')
      .expect('tickets/updateType.by-name')
      .expect('tickets/updatePriority.ok')
      .expect('tickets/updatePriority.by-name')
      .expect('tickets/updateQueue.ok')
      .expect('tickets/updateQueue.by-name-subqueue')
      .expect('tickets/updateResponsible.ok')
      .expect('tickets/updateResponsible.by-login')
      .expect('tickets/updateService.ok')
      .expect('tickets/updateService.by-name')
      .expect('tickets/updateSLA.ok')
      .expect('tickets/updateSLA.by-name')
      .expect('tickets/updateCustomer.ok')
      .expect('tickets/updateOwner.ok')
      .expect('tickets/updateOwner.rule-ticketedit-locked')
      .expect('tickets/updatePendingTime.unix')
      .expect('tickets/updatePendingTime.ymdhm')
    await updateTitle({ ticketId: 2, title: 'Printer on 3rd floor jams constantly (updated)' })
    await updateType({ ticketId: 2, typeId: 2 })
    await updateType({ ticketId: 2, type: 'Problem' })
    await updatePriority({ ticketId: 2, priorityId: 4 })
    await updatePriority({ ticketId: 2, priority: '5 very high' })
    await updateQueue({ ticketId: 10, queueId: 5 })
    await updateQueue({ ticketId: 10, queue: 'Support::Hardware' })
    await updateResponsible({ ticketId: 2, userId: 2 })
    await updateResponsible({ ticketId: 2, user: 'nora.note' })
    await updateService({ ticketId: 2, serviceId: 1 })
    await updateService({ ticketId: 2, service: 'IT Support::Email' })
    await updateSLA({ ticketId: 2, slaId: 1 })
    await updateSLA({ ticketId: 2, sla: 'Gold' })
    await updateCustomer({ ticketId: 2, customerId: 'GLOBEX', customerUserId: 'msmith' })
    await updateOwner({ ticketId: 2, userId: 2 })
    await updateOwner({ ticketId: 23, userId: 1, rule: 'TicketEdit' })
    await updatePendingTime({ ticketId: 12, pending: { unix: 1798761600 } })
    await updatePendingTime({ ticketId: 12, pending: { year: 2027, month: 1, day: 15, hour: 9, minute: 30 } })
  })

  it('map the owner and lock rules', async () => {
    context.server.expect('tickets/updateOwner.already-owner').expect('tickets/updatePriority.not-owner-locked').expect('tickets/updateArchiveFlag.ok')
    const already = await failure(updateOwner({ ticketId: 2, userId: 2 }))
    expect(already.kind).toBe('conflict')
    expect(errorMessageKey(already)).toBe('errors.server.alreadyOwner')
    const notOwner = await failure(updatePriority({ ticketId: 3, priorityId: 2 }))
    expect(notOwner.kind).toBe('no-permission')
    expect(errorMessageKey(notOwner)).toBe('errors.server.mustBeOwner')
    const archive = await failure(updateArchiveFlag({ ticketId: 25, archived: true }))
    expect(errorMessageKey(archive)).toBe('errors.server.archiveFlagNotUpdated')
  })

  it('refuse an over-long title before sending', async () => {
    const error = await failure(updateTitle({ ticketId: 2, title: 'é'.repeat(256) }))
    expect(error.code).toBe('titleTooLong')
    expect(context.server.requests).toHaveLength(0)
  })
})

describe('updateLock and updateState', () => {
  it('lock and change state', async () => {
    context.server.expect('tickets/updateLock.lock').expect('tickets/updateState.ok').expect('tickets/updateState.by-name-closed').expect('tickets/updateState.bad-state')
    expect(await updateLock({ ticketId: 30, lock: 'lock' })).toEqual({ ok: true, failedFields: [] })
    expect(await updateState({ ticketId: 7, stateId: 4 })).toEqual({ ok: true, failedFields: [] })
    expect(await updateState({ ticketId: 7, state: 'closed successful' })).toEqual({ ok: true, failedFields: [] })
    expect(errorMessageKey(await failure(updateState({ ticketId: 7, state: 'no such state' })))).toBe('errors.server.stateNotUpdated')
  })

  it('report their partial successes as results', async () => {
    context.server
      .reply(jsonReply({ Response: 'ERROR', Message: "Ticket was locked but Owner couldn't be changed" }))
      .reply(jsonReply({ Response: 'ERROR', Message: "State has been changed but couldn't unlock Ticket" }))
    expect(await updateLock({ ticketId: 18, lock: 'lock' })).toEqual({ ok: false, failedFields: ['Owner'] })
    expect(await updateState({ ticketId: 27, stateId: 2 })).toEqual({ ok: false, failedFields: ['Lock'] })
  })
})

describe('tickets/updateTicket', () => {
  it('applies many fields at once', async () => {
    context.server.expect('tickets/updateTicket.ok-multi').expect('tickets/updateTicket.lock-and-owner').expect('tickets/updateTicket.pending')
    const result = await updateTicket(31, {
      title: 'Newsletter unsubscribe broken (multi update)',
      priorityId: 4,
      typeId: 3,
      stateId: 4,
      responsibleId: 4,
      dynamicFields: { Category: 'net', Tags: ['urgent'], DueDate: '2026-12-31 00:00:00', Escalated: 1, CustomerRef: 'REF-UPD' },
    })
    expect(result).toEqual({ ok: true, failedFields: [] })
    await updateTicket(26, { lock: 'lock', ownerId: 1 })
    await updateTicket(26, { state: 'pending reminder', pending: { unix: 1798761600 } })
  })

  it('returns what was not updated as a result, never as a thrown error', async () => {
    context.server.expect('tickets/updateTicket.partial-failure-no-rw').expect('tickets/updateTicket.bad-values').expect('tickets/updateTicket.archiveflag')
    expect(await updateTicket(24, { title: 'changed by note agent', priorityId: 5, typeId: 2, dynamicFields: { CustomerRef: 'set-by-nora' } })).toEqual({
      ok: false,
      failedFields: ['Title', 'Type'],
    })
    expect(await updateTicket(31, { queue: 'No::Such::Queue', type: 'NoSuchType', state: 'nostate', priorityId: 99 })).toEqual({
      ok: false,
      failedFields: ['Queue', 'Type', 'State', 'Priority'],
    })
    expect(await updateTicket(21, { archived: true })).toEqual({ ok: false, failedFields: ['ArchiveFlag'] })
    expect(context.server.requests).toHaveLength(3)
  })

  it('maps "nothing to update" and unknown tickets', async () => {
    context.server.expect('tickets/updateTicket.no-params').expect('tickets/updateTicket.no-ticket')
    const nothing = await failure(updateTicket(19, {}))
    expect(errorMessage(nothing).key).toBe('errors.server.noFieldsToUpdate')
    expect(nothing.fields).toContain('PriorityID')
    expect((await failure(updateTicket(99999, { title: 'x' }))).kind).toBe('not-found')
  })
})
