// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { errorMessageKey } from '@/api/errorMessages'
import { ApiError } from '@/api/errors'
import { countArticles, countTickets, getArticles, getAttachment, getTicketById, getTicketList } from '@/api/tickets'
import { loadFixture } from './support/fixtureServer'
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

describe('tickets/getTicketList', () => {
  it('sends lists as comma-separated strings, never JSON arrays', async () => {
    context.server
      .expect('tickets/getTicketList.queueids-comma-string')
      .expect('tickets/getTicketList.sortby-multi-comma')
      .expect('tickets/getTicketList.priorityids')
      .expect('tickets/getTicketList.serviceids-slaids')
      .expect('tickets/getTicketList.states-comma-string')
      .expect('tickets/getTicketList.locks-lock')
    expect(await countTickets({ queueIds: [5, 6] })).toBe(14)
    const sorted = await getTicketList({ sortBy: ['Priority', 'Age'], orderBy: ['Down', 'Up'], limit: 4 })
    expect(sorted.Tickets).toHaveLength(4)
    await getTicketList({ priorityIds: [5, 4], limit: 3 })
    await countTickets({ serviceIds: [1], slaIds: [1] })
    await countTickets({ states: ['new', 'open'] })
    await getTicketList({ locks: ['lock'], limit: 10 })
  })

  it('keeps the server’s types: numeric IDs, string ticket numbers, null for empty values', async () => {
    context.server.expect('tickets/getTicketList.default')
    const answer = await getTicketList()
    expect(answer.Count).toBe(31)
    expect(answer.Tickets.length).toBeGreaterThan(2)
    for (const ticket of answer.Tickets) {
      expect(typeof ticket.TicketID).toBe('number')
      expect(typeof ticket.TicketNumber).toBe('string')
      expect(ticket.DynamicFields).toEqual(expect.any(Object))
    }
    const withoutCustomer = answer.Tickets.find((ticket) => ticket.CustomerID === null)
    expect(withoutCustomer?.CustomerUserID).toBeNull()
  })

  it('passes views, time-ordered paging and full text through', async () => {
    context.server
      .expect('tickets/getTicketList.view-6-count')
      .expect('tickets/getTicketList.limit-offset')
      .expect('tickets/getTicketList.fulltext-percent')
      .expect('tickets/getTicketList.statetype-open')
    expect(await countTickets({ viewId: -6 })).toBe(2)
    expect((await getTicketList({ limit: 2, offset: 3 })).Tickets).toHaveLength(2)
    await getTicketList({ fullTextSearch: '%printer%', limit: 3 })
    await countTickets({ stateType: 'Open' })
  })

  it('keeps only the ID of a ticket found by its number, never the unchecked ticket', async () => {
    context.server.expect('tickets/getTicketList.fulltext-ticketnumber')
    const answer = await getTicketList({ fullTextSearch: '2026112710000022', limit: 3 })
    expect(answer.TicketIDFromFullTextSearch).toBe(3)
    expect(answer.Tickets).toEqual([])
    expect(answer).not.toHaveProperty('TicketFromFullTextSearch')
  })

  it('loads one ticket with links, watchers and its first article’s attachments', async () => {
    context.server.expect('tickets/getTicketList.by-ticketid-links-watchers').expect('tickets/getTicketList.unknown-ticketid')
    const ticket = await getTicketById(6)
    expect(ticket?.Links?.map((link) => link.TicketID)).toEqual([7, 11])
    expect(ticket?.Watchers?.map((watcher) => watcher.Login)).toEqual(['root@localhost', 'anna.full'])
    expect(ticket?.Attachments?.[0]).toMatchObject({ FileID: 1, Filename: 'invoice-2026-0042.pdf', FilesizeRaw: 591 })
    expect(await getTicketById(99999)).toBeNull()
  })

  it('returns dynamic fields with all their values', async () => {
    context.server.expect('tickets/getTicketList.dynamicfields-all')
    const [ticket] = (await getTicketList({ dynamicFieldsMode: 'all', ticketId: 2 })).Tickets
    expect(ticket.DynamicFields.Tags).toMatchObject({ Type: 'Multiselect', Value: ['vip', 'followup'] })
    expect(ticket.DynamicFields.Escalated.Value).toBe(0)
  })

  it('treats a customer user of "" as no customer', async () => {
    const fixture = loadFixture('tickets/getTicketList.after-updateOwner')
    const body = fixture.response.body as { Tickets: Array<Record<string, unknown>> }
    const ticket = { ...body.Tickets[0], CustomerID: '', CustomerUserID: '' }
    context.server.reply({
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: Buffer.from(JSON.stringify({ ...body, Tickets: [ticket] })),
    })
    const [result] = (await getTicketList({ ticketId: 2 })).Tickets
    expect(result.CustomerUserID).toBeNull()
    expect(result.CustomerID).toBeNull()
  })
})

describe('tickets/getArticles', () => {
  it('fetches all articles in one call (no paging) and drops avatar URLs', async () => {
    context.server.expect('tickets/getArticles.ok')
    const { Articles } = await getArticles({ ticketId: 3 })
    expect(Articles.length).toBeGreaterThan(1)
    expect(Articles.every((article) => article.TicketID === 3)).toBe(true)
    expect(JSON.stringify(Articles)).not.toContain('shareicon.net')
  })

  it('sends Order exactly as DESC', async () => {
    context.server.expect('tickets/getArticles.order-desc-limit')
    expect((await getArticles({ ticketId: 3, order: 'DESC', limit: 1 })).Articles).toHaveLength(1)
  })

  it('carries attachments and the HTML body reference', async () => {
    context.server.expect('tickets/getArticles.with-attachment-pdf').expect('tickets/getArticles.html-plain-ticket')
    const pdf = (await getArticles({ ticketId: 6 })).Articles.find((article) => article.ArticleID === 8)
    expect(pdf?.Attachments).toEqual([expect.objectContaining({ FileID: 1, ContentType: 'application/pdf', FilesizeRaw: 591 })])
    const html = (await getArticles({ ticketId: 5 })).Articles.find((article) => article.HTMLBody !== null)
    expect(html?.HTMLBody).toMatchObject({ FileID: 1, Disposition: 'inline' })
  })

  it('counts articles', async () => {
    context.server.expect('tickets/getArticles.count')
    expect(await countArticles({ ticketId: 3 })).toBe(2)
  })

  it('maps no permission and unknown tickets', async () => {
    context.server.expect('tickets/getArticles.no-permission').expect('tickets/getArticles.no-ticket')
    const denied = await failure(getArticles({ ticketId: 28 }))
    expect(denied.kind).toBe('no-permission')
    const missing = await failure(getArticles({ ticketId: 99999 }))
    expect(missing.kind).toBe('not-found')
    expect(errorMessageKey(missing)).toBe('errors.server.noTicket')
  })
})

describe('tickets/getAttachment', () => {
  it('returns the bytes as a Blob with file name and content type from the headers', async () => {
    context.server.expect('tickets/getAttachment.pdf')
    const file = await getAttachment({ ticketId: 6, articleId: 8, fileId: 1 })
    expect(file.filename).toBe('invoice-2026-0042.pdf')
    expect(file.contentType).toBe('application/pdf')
    expect(file.blob.size).toBe(591)
    expect(new TextDecoder().decode((await file.blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
  })

  it('decodes the UTF-8 file name parameter', async () => {
    context.server.expect('tickets/getAttachment.png')
    const file = await getAttachment({ articleId: 10, fileId: 1 })
    expect(file.filename).toBe('monitor flicker.png')
    expect(file.blob.size).toBe(1352)
  })

  it('fetches an HTML body as text/html', async () => {
    context.server.expect('tickets/getAttachment.html-body')
    const file = await getAttachment({ articleId: 7, fileId: 1 })
    expect(file.contentType).toMatch(/^text\/html/)
    expect(await file.blob.text()).toContain('<p>Hi team,</p>')
  })

  it('turns a JSON error answer into an ApiError', async () => {
    context.server.expect('tickets/getAttachment.unknown-fileid').expect('tickets/getAttachment.no-article')
    const noFile = await failure(getAttachment({ articleId: 8, fileId: 99 }))
    expect(noFile.kind).toBe('not-found')
    expect(errorMessageKey(noFile)).toBe('errors.server.noAttachment')
    const noArticle = await failure(getAttachment({ articleId: 99999, fileId: 1 }))
    expect(errorMessageKey(noArticle)).toBe('errors.server.noArticle')
  })

  it('refuses to ask without an article or ticket', async () => {
    const error = await failure(getAttachment({ fileId: 1 }))
    expect(error.code).toBe('missingTarget')
    expect(context.server.requests).toHaveLength(0)
  })
})
