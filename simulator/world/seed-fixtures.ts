/** Turns the fixture ticket table into tickets and articles, with times relative to the world's clock. */
import {
  FIXTURE_LINKS, FIXTURE_TICKETS, FIXTURE_WATCHERS, LOCK_TOUCHED, ROOT_UNSEEN_ARTICLES, ROOT_UNSEEN_TICKETS,
  fixtureDynamicFields, fixturePriority, fixtureResponsible, type FixtureArticleKind, type FixtureTicketSpec,
} from './fixture-tickets.ts'
import { INVOICE_PDF_BASE64, MONITOR_PNG_BASE64, PARTNER_BOUNCE_HTML, PARTNER_BOUNCE_TEXT, PHISHING_HTML, PHISHING_TEXT } from './assets.ts'
import { AGENTS } from './reference.ts'
import { AgentFlags, type Article, type StoredFile, type Ticket } from './types.ts'
import type { World } from './world.ts'
import { SEED_DATE_PREFIX, ticketNumber } from './ticket-number.ts'
import { customerAddress, queueAddress } from './addresses.ts'

const WELCOME_BODY =
  'Welcome to Znuny!\n\nThank you for installing Znuny, the open source helpdesk.\n\n' +
  'You will find updates and patches for Znuny at https://www.znuny.org/.\n\nYour Znuny Team'

export function buildFixtureTickets(world: World, now: number): void {
  let articleId = 1
  for (const spec of FIXTURE_TICKETS) {
    const ticket = fixtureTicket(world, spec, now)
    world.addTicket(ticket)
    spec.articles.forEach((kind, index) => {
      world.addArticle(fixtureArticle(world, ticket, spec, kind, index, articleId++))
    })
    ticket.changed = Math.max(ticket.created, now - 200)
  }
  for (const link of FIXTURE_LINKS) {
    world.tickets.get(link.source)?.links.push({ ticketId: link.target, linkType: link.type, direction: 'Target' })
    world.tickets.get(link.target)?.links.push({ ticketId: link.source, linkType: link.type, direction: 'Source' })
  }
  world.reserveTicketCounter(SEED_DATE_PREFIX, 30)
}

function fixtureTicket(world: World, spec: FixtureTicketSpec, now: number): Ticket {
  const created = now - spec.ageSeconds
  const customer = world.customerUser(spec.customerUserId)
  const seenBy = new AgentFlags()
  for (const agent of AGENTS) {
    const unseen = agent.id === 1 ? ROOT_UNSEEN_TICKETS.has(spec.id) : (spec.id + agent.id) % 4 === 2
    if (!unseen) seenBy.add(agent.id)
  }
  return {
    id: spec.id,
    number: spec.id === 1 ? '2021012710123456' : ticketNumber(SEED_DATE_PREFIX, spec.id - 1),
    title: spec.title,
    queueId: spec.queueId,
    stateId: spec.stateId,
    priorityId: fixturePriority(spec.id),
    typeId: spec.typeId,
    lockId: spec.lockId,
    ownerId: spec.ownerId,
    responsibleId: fixtureResponsible(spec.id),
    customerId: customer?.customerId ?? null,
    customerUserId: spec.customerUserId,
    serviceId: spec.serviceId,
    slaId: spec.slaId,
    created,
    changed: created,
    createBy: 1,
    changeBy: spec.lockId === 2 ? spec.ownerId : 1,
    pendingUntil: spec.pendingOffset ? now + spec.pendingOffset : 0,
    unlockTimeout: LOCK_TOUCHED.has(spec.id) ? now - 200 : 0,
    archiveFlag: 'n',
    firstResponseDue: spec.escalation?.response ? created + spec.escalation.response : 0,
    solutionDue: spec.escalation?.solution ? created + spec.escalation.solution : 0,
    consumedTime: spec.consumedTime ?? 0,
    dynamicFields: fixtureDynamicFields(spec.id),
    watcherIds: [...(FIXTURE_WATCHERS[spec.id] ?? [])],
    links: [],
    articleIds: [],
    seenBy,
  }
}

function fixtureArticle(world: World, ticket: Ticket, spec: FixtureTicketSpec, kind: FixtureArticleKind, index: number, id: number): Article {
  const customer = world.customerUser(ticket.customerUserId)
  const firstName = customer?.firstName ?? 'there'
  const isLast = index === spec.articles.length - 1
  const seenBy = ticket.seenBy.copy()
  // An unseen ticket has its newest article unread; other agents' flags follow their ticket flag.
  for (const agent of AGENTS) {
    if (!ticket.seenBy.has(agent.id) && !isLast) seenBy.add(agent.id)
  }
  if (ROOT_UNSEEN_ARTICLES.has(id)) seenBy.delete(1)
  const queue = world.queueById(ticket.queueId)
  const base: Article = {
    id, ticketId: ticket.id, channel: 'email', senderTypeId: 3, isVisibleForCustomer: 1,
    from: customerAddress(customer), to: queueAddress(queue), cc: null, bcc: null, replyTo: null,
    subject: ticket.title, body: '', messageId: null, inReplyTo: null, references: null,
    created: ticket.created, createBy: 1, changeBy: 1, files: [], dynamicFields: {}, seenBy,
  }
  // The seed script numbered its mails after the ticket: <seed-N@…> with N = ticket ID − 2.
  const seedMessageId = `<seed-${ticket.id - 2}@acme.example.test>`
  if (ticket.id === 1) {
    return { ...base, from: 'Znuny Team <noreply@znuny.com>', to: 'Your Znuny System <otrs@localhost>', body: WELCOME_BODY, messageId: '<007@localhost>' }
  }
  switch (kind) {
    case 'customer': {
      const article: Article = {
        ...base,
        channel: ticket.id % 2 === 0 ? 'phone' : 'email',
        messageId: ticket.id % 2 === 0 ? null : seedMessageId,
        body: `Hello,\n\n${ticket.title}.\nPlease help.\n\nRegards,\n${firstName}`,
      }
      return withNotableContent(article)
    }
    case 'reply':
      return {
        ...base, senderTypeId: 1, from: 'Support <support@example.test>', to: customerAddress(customer),
        subject: `RE: ${ticket.title}`, inReplyTo: seedMessageId,
        body: `Dear ${firstName},\n\nthanks, we are looking into it.\n\nYour support team`, changeBy: ticket.changeBy,
      }
    case 'note':
      return {
        ...base, channel: 'internal', senderTypeId: 1, isVisibleForCustomer: 0, from: 'Anna Fuller <anna.full@example.test>', to: null,
        subject: 'Internal note', body: 'Checked logs, probably related to the firewall change.',
        dynamicFields: { NoteRef: `NR-${ticket.id - 2}` }, changeBy: ticket.changeBy,
      }
    case 'followup':
      return { ...base, subject: `RE: ${ticket.title}`, body: `Hello again,\n\nany news on this?\n\nRegards,\n${firstName}` }
  }
}

/** The articles the fixtures single out: HTML bodies (5, 16) and binary attachments (6, 7) */
function withNotableContent(article: Article): Article {
  const file = (filename: string, contentType: string, content: Buffer, disposition: StoredFile['disposition'] = 'attachment', isHtmlBody = false): StoredFile =>
    ({ filename, contentType, content, disposition, contentId: null, isHtmlBody })
  switch (article.ticketId) {
    case 5:
      return { ...article, body: PARTNER_BOUNCE_TEXT, files: [file('file-2', 'text/html; charset="utf-8"', Buffer.from(PARTNER_BOUNCE_HTML), 'inline', true)] }
    case 16:
      return { ...article, body: PHISHING_TEXT, files: [file('file-2', 'text/html; charset="utf-8"', Buffer.from(PHISHING_HTML), 'inline', true)] }
    case 6:
      return { ...article, files: [file('invoice-2026-0042.pdf', 'application/pdf', Buffer.from(INVOICE_PDF_BASE64, 'base64'))] }
    case 7:
      return { ...article, files: [file('monitor flicker.png', 'image/png', Buffer.from(MONITOR_PNG_BASE64, 'base64'))] }
    default:
      return article
  }
}
