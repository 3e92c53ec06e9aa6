// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { logout, lostPassword } from '@/api/auth'
import { createCustomerUser, getCustomerList, getCustomerUser, getCustomerUserList } from '@/api/customers'
import { ApiError } from '@/api/errors'
import { getTicketViews } from '@/api/filters'
import { getQueueList } from '@/api/queues'
import { getCustomerServiceList, getServiceList } from '@/api/services'
import { getLanguageList } from '@/api/settings'
import { getSLAList } from '@/api/sla'
import { getDynamicFieldList, getPackageList } from '@/api/system'
import {
  countArticles,
  countTickets,
  createArticle,
  createAttachment,
  createTicket,
  getArticles,
  getAttachment,
  getTicketById,
  getTicketList,
  markArticleAsSeen,
  markTicketAsSeen,
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
import { getUserList, getUserPermissions } from '@/api/users'
import { signInAs, useSimulator } from './support/useSimulator'

useSimulator()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('every read against the simulator', () => {
  it('passes the boundary checks for reference data', async () => {
    await signInAs('anna')
    const views = await getTicketViews()
    expect(views.Groups.map((group) => group.Name)).toEqual(expect.arrayContaining(['View', 'Priority', 'Type', 'State', 'Sort']))
    expect((await getTicketViews({ queueId: 5 })).Groups.length).toBeGreaterThan(0)
    expect((await getQueueList()).Queues.map((queue) => queue.ID).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect((await getQueueList({ forCreateTicket: true })).Queues.length).toBeGreaterThan(0)
    expect((await getQueueList({ forUpdateQueue: true })).Queues.length).toBeGreaterThan(0)
    const users = await getUserList()
    expect(users.Users.map((user) => user.UserLogin)).toEqual(expect.arrayContaining(['root@localhost', 'anna.full', 'rolf.ro', 'nora.note']))
    expect(JSON.stringify(users)).not.toContain('UserPw')
    expect((await getUserPermissions()).Groups.length).toBeGreaterThan(0)
    expect((await getServiceList()).Services.map((service) => service.ID)).toEqual(expect.arrayContaining([1, 2, 3]))
    expect((await getCustomerServiceList('jdoe')).Services.length).toBeGreaterThan(0)
    expect((await getSLAList({ serviceId: 1 })).SLAList.map((sla) => sla.Title)).toContain('Gold')
    expect((await getLanguageList()).Languages.length).toBeGreaterThan(1)
    expect((await getPackageList()).Packages.map((item) => item.Name)).toContain('RS4OTRS_API')
    expect((await getDynamicFieldList()).DynamicFields.Ticket.map((field) => field.Name)).toEqual(expect.arrayContaining(['Category', 'Tags']))
    expect((await getCustomerList()).CustomerCompanies.map((company) => company.CustomerID)).toEqual(expect.arrayContaining(['ACME', 'GLOBEX']))
    expect((await getCustomerUserList({ search: 'mar' })).CustomerUsers.map((user) => user.Login)).toContain('msmith')
    expect((await getCustomerUser('jdoe')).UserCustomerID).toBe('ACME')
  })

  it('passes the boundary checks for tickets, articles and attachments', async () => {
    await signInAs('root')
    const total = await countTickets()
    expect(total).toBeGreaterThanOrEqual(200)
    const page = await getTicketList({ limit: 50, sortBy: ['Age'], orderBy: ['Down'], dynamicFieldsMode: 'all' })
    expect(page.Tickets).toHaveLength(50)
    expect(await countTickets({ queueIds: [5, 6] })).toBeLessThan(total)
    const detail = await getTicketById(6)
    expect(detail?.TicketID).toBe(6)
    const { Articles } = await getArticles({ ticketId: 6 })
    expect(Articles.length).toBeGreaterThan(0)
    const visible = await countArticles({ ticketId: 6 })
    const internal = await countArticles({ ticketId: 6, visibleForCustomer: false })
    expect(visible + internal).toBe(Articles.length)
    const withFile = Articles.find((article) => article.Attachments.length > 0)
    expect(withFile).toBeDefined()
    const attachment = withFile!.Attachments[0]
    const file = await getAttachment({ articleId: withFile!.ArticleID, fileId: attachment.FileID })
    expect(file.filename).toBe(attachment.Filename)
    expect(file.blob.size).toBe(attachment.FilesizeRaw)
  })
})

describe('writes against the simulator', () => {
  it('create a ticket, add an article and a file, read them back', async () => {
    await signInAs('anna')
    const ticket = await createTicket({ title: 'Simulator walk', queueId: 5, priorityId: 3, body: 'First words.', customerUserId: 'jdoe', customerId: 'ACME' })
    expect(ticket.failedFields).toEqual([])
    const article = await createArticle({ ticketId: ticket.id, subject: 'Note', body: 'Internal note.', articleType: 'Internal', senderType: 'agent' })
    expect(article.failedFields).toEqual([])
    const upload = await toUploadFile(new Blob(['simulated bytes'], { type: 'text/plain' }), 'notes.txt')
    const created = await createAttachment({ articleId: article.id, file: upload })
    expect(created.Filename).toBe('notes.txt')
    const file = await getAttachment({ articleId: article.id, fileId: created.FileID })
    expect(await file.blob.text()).toBe('simulated bytes')
    const found = await getTicketById(ticket.id)
    expect(found?.Title).toBe('Simulator walk')
  })

  it('keep a partial create as a result with the ID', async () => {
    await signInAs('root')
    const result = await createTicket({ title: 'Bad field', queueId: 5, priorityId: 3, body: 'x', dynamicFields: { NoSuchField: '1' } })
    expect(result.id).toBeGreaterThan(0)
    expect(result.failedFields).toEqual(['DynamicField_NoSuchField'])
    expect((await getTicketById(result.id))?.Title).toBe('Bad field')
  })

  it('run every single-field update', async () => {
    await signInAs('root')
    const { id } = await createTicket({ title: 'Update me', queueId: 5, priorityId: 3, body: 'x' })
    expect(await updateLock({ ticketId: id, lock: 'lock' })).toEqual({ ok: true, failedFields: [] })
    await updateTitle({ ticketId: id, title: 'Updated' })
    await updateType({ ticketId: id, typeId: 2 })
    await updatePriority({ ticketId: id, priorityId: 4 })
    await updateService({ ticketId: id, serviceId: 1 })
    await updateSLA({ ticketId: id, slaId: 1 })
    await updateCustomer({ ticketId: id, customerId: 'GLOBEX', customerUserId: 'msmith' })
    await updateResponsible({ ticketId: id, userId: 2 })
    await updatePendingTime({ ticketId: id, pending: { year: 2030, month: 1, day: 15, hour: 9, minute: 30 } })
    await updateQueue({ ticketId: id, queueId: 6 })
    await markTicketAsSeen({ ticketId: id })
    await watchTicket({ ticketId: id, subscribe: true })
    const after = await getTicketById(id)
    expect(after).toMatchObject({ Title: 'Updated', TypeID: 2, PriorityID: 4, ServiceID: 1, SLAID: 1, CustomerID: 'GLOBEX', ResponsibleID: 2, QueueID: 6, HasWatch: 1 })
    const [first] = (await getArticles({ ticketId: id })).Articles
    expect((await markArticleAsSeen({ ticketId: id, articleId: first.ArticleID })).TicketID).toBe(id)
    expect(await updateState({ ticketId: id, stateId: 2 })).toEqual({ ok: true, failedFields: [] })
    await updateOwner({ ticketId: id, userId: 2 })
    expect((await getTicketById(id))?.OwnerID).toBe(2)
    expect((await failure(updateArchiveFlag({ ticketId: id, archived: true }))).serverMessage).toBe('Cannot update ArchiveFlag')
  })

  it('report what updateTicket could not change', async () => {
    await signInAs('rolf')
    const [ticket] = (await getTicketList({ queueIds: [5], limit: 1 })).Tickets
    const result = await updateTicket(ticket.TicketID, { title: 'x', priorityId: 1, stateId: 2 })
    expect(result.ok).toBe(false)
    expect(result.failedFields).toEqual(expect.arrayContaining(['Title']))
  })

  it('refuse what the agent may not do', async () => {
    await signInAs('rolf')
    expect((await failure(createTicket({ title: 'x', queueId: 5, priorityId: 3, body: 'x' }))).kind).toBe('no-permission')
  })

  it('create a customer user', async () => {
    await signInAs('root')
    await createCustomerUser({ firstname: 'Sim', lastname: 'User', customerId: 'ACME', login: 'simuser', email: 'sim.user@acme.example.test' })
    expect((await getCustomerUser('simuser')).UserLastname).toBe('User')
  })
})

describe('auth against the simulator', () => {
  it('logs out; the token is dead afterwards', async () => {
    await signInAs('nora')
    await logout()
    expect((await failure(countTickets())).kind).toBe('session-expired')
  })

  it('asks for a password reset with a form POST', async () => {
    expect((await lostPassword({ user: 'rolf.ro' })).Message).toMatch(/Sent password reset instructions/)
  })
})
