/** createTicket and createArticle, including the partial-failure answers that still carry the new ID. */
import { SLAS, type Agent } from '../../world/reference.ts'
import { AgentFlags, type Article, type CommunicationChannel, type DynamicFieldValue, type StoredFile, type Ticket } from '../../world/types.ts'
import type { World } from '../../world/world.ts'
import { htmlToText } from '../../sanitize.ts'
import { customerAddress, queueAddress } from '../../world/addresses.ts'
import { NO_PERMISSION, NO_TICKET, fail, intParam, ok, stringParam, truthy, type CallContext, type Handler, type Params } from '../context.ts'
import { touch } from './lookup.ts'
import {
  applyDynamicFields, applyState, pendingTimeFrom, resolveAgent, resolvePriority, resolveService, resolveSla, resolveState, resolveType,
} from './ops.ts'

const TITLE_MAX = 255

function missingOf(params: Params, names: string[]): string[] {
  return names.filter((name) => !truthy(params[name]))
}

interface ArticleInput { channel: CommunicationChannel; visible: 0 | 1; senderTypeId: 1 | 2 | 3 }

/** ArticleType Phone (default), Email, Chat or Internal; only the external kinds are visible to the customer */
function articleInput(params: Params, defaultSender: 'customer' | 'agent'): ArticleInput {
  const type = (stringParam(params.ArticleType) ?? 'Phone').toLowerCase()
  const sender = (stringParam(params.SenderType) ?? defaultSender).toLowerCase()
  const senderTypeId = sender === 'agent' ? 1 : sender === 'system' ? 2 : 3
  if (type.startsWith('email')) return { channel: 'email', visible: type.endsWith('internal') ? 0 : 1, senderTypeId }
  if (type.startsWith('chat')) return { channel: 'chat', visible: type.endsWith('internal') ? 0 : 1, senderTypeId }
  if (type.startsWith('internal') || type.startsWith('note')) return { channel: 'internal', visible: 0, senderTypeId }
  return { channel: 'phone', visible: 0, senderTypeId }
}

function newArticle(world: World, ticket: Ticket, agent: Agent, params: Params, input: ArticleInput, now: number): Article {
  const bodyParam = stringParam(params.Body) ?? ''
  const isHtml = (stringParam(params.ContentType) ?? stringParam(params.MimeType) ?? '').toLowerCase().includes('text/html')
  const files: StoredFile[] = isHtml
    ? [{ filename: 'file-2', contentType: 'text/html; charset="utf-8"', content: Buffer.from(bodyParam), disposition: 'inline', contentId: null, isHtmlBody: true }]
    : []
  const customer = world.customerUser(ticket.customerUserId)
  const agentAddress = `${agent.firstName} ${agent.lastName} <${agent.email}>`
  const queue = world.queueById(ticket.queueId)
  return {
    id: world.allocateArticleId(),
    ticketId: ticket.id,
    channel: input.channel,
    senderTypeId: input.senderTypeId,
    isVisibleForCustomer: input.visible,
    from: stringParam(params.From) || (input.senderTypeId === 3 ? customerAddress(customer) : agentAddress),
    to: stringParam(params.To) || (input.senderTypeId === 3 ? queueAddress(queue) : input.channel === 'internal' ? null : customerAddress(customer)),
    cc: stringParam(params.Cc) || null,
    bcc: null,
    replyTo: stringParam(params.ReplyTo) || null,
    subject: stringParam(params.Subject) || ticket.title,
    body: isHtml ? htmlToText(bodyParam) : bodyParam,
    messageId: input.channel === 'email' ? `<${now}.${ticket.id}@simulator.example.test>` : null,
    inReplyTo: null,
    references: null,
    created: now,
    createBy: agent.id,
    changeBy: agent.id,
    files,
    dynamicFields: {},
    // The author has read their own article; for everyone else the ticket has news.
    seenBy: new AgentFlags([agent.id]),
  }
}

function addArticle(world: World, ticket: Ticket, article: Article, agent: Agent): void {
  world.addArticle(article)
  const authorHasReadAll = world.articlesOf(ticket).every((candidate) => candidate.seenBy.has(agent.id))
  ticket.seenBy = new AgentFlags(authorHasReadAll ? [agent.id] : [])
}

const createTicket: Handler = (context: CallContext) => {
  const { world, agent, params, now } = context
  const missing = missingOf(params, ['Title', 'QueueID', 'PriorityID', 'Body'])
  if (missing.length > 0) return fail(`Required fields is not defined: ${missing.join(', ')}`)
  const queue = world.queueById(intParam(params.QueueID) ?? -1)
  if (!queue) return fail('Queue is incorrect')
  if (!world.can(agent, queue.id, 'create')) return fail(NO_PERMISSION)
  const priority = resolvePriority(params)
  if (!priority) return fail("Couldn't create ticket")

  const failed: string[] = []
  const optional = <T extends { id: number }>(name: string, resolved: T | null | undefined): T | undefined => {
    if (resolved === null) failed.push(name)
    return resolved ?? undefined
  }
  const state = optional('State', resolveState(params)) ?? { id: 1 }
  const type = optional('Type', resolveType(params))
  const service = optional('Service', resolveService(params))
  const sla = optional('SLA', resolveSla(params))
  const owner = optional('Owner', resolveAgent(world, params.OwnerID, undefined)) ?? agent
  const lockByOwner = params.LockByOwner === undefined ? true : truthy(params.LockByOwner)
  const locked = stringParam(params.Lock) === 'lock' || (owner.id !== agent.id && lockByOwner)
  const customerUserId = stringParam(params.CustomerUserID) || stringParam(params.CustomerUser) || null
  const slaDef = sla ? SLAS.find((candidate) => candidate.id === sla.id) : undefined

  const ticket: Ticket = {
    id: world.allocateTicketId(),
    number: world.nextTicketNumber(now),
    // Long titles are cut on create (and refused on update).
    title: (stringParam(params.Title) ?? '').slice(0, TITLE_MAX),
    queueId: queue.id,
    stateId: 1,
    priorityId: priority.id,
    typeId: type?.id ?? 1,
    lockId: locked ? 2 : 1,
    ownerId: owner.id,
    responsibleId: agent.id,
    customerId: stringParam(params.CustomerID) || world.customerUser(customerUserId)?.customerId || null,
    customerUserId,
    serviceId: service?.id ?? null,
    slaId: sla?.id ?? null,
    created: now,
    changed: now,
    createBy: agent.id,
    changeBy: agent.id,
    pendingUntil: 0,
    unlockTimeout: locked ? now : 0,
    archiveFlag: 'n',
    firstResponseDue: slaDef ? now + slaDef.firstResponseMinutes * 60 : 0,
    solutionDue: slaDef ? now + slaDef.solutionMinutes * 60 : 0,
    consumedTime: Math.max(0, intParam(params.Estimated) ?? 0),
    dynamicFields: {},
    watcherIds: [],
    links: [],
    articleIds: [],
    seenBy: new AgentFlags([agent.id]),
  }
  applyState(ticket, state.id, now)
  const until = pendingTimeFrom(params, agent)
  // An impossible pending date (month 13) is silently ignored by the real server.
  if (until) ticket.pendingUntil = until
  world.addTicket(ticket)
  const article = newArticle(world, ticket, agent, params, articleInput(params, 'customer'), now)
  addArticle(world, ticket, article, agent)
  const dynamic = applyDynamicFields(ticket.dynamicFields, params.DynamicFields, 'Ticket')
  failed.push(...dynamic.failed)
  if (failed.length > 0) {
    return fail(`Ticket was created but these operations are failed: ${failed.join(', ')}`, { TicketID: ticket.id })
  }
  return ok({ TicketID: ticket.id })
}

/** Needs rw, or note and owner together, on the ticket's queue */
const createArticle: Handler = (context: CallContext) => {
  const { world, agent, params, now } = context
  const missing = missingOf(params, ['TicketID', 'Subject', 'Body'])
  if (missing.length > 0) return fail(`Required fields is not defined: ${missing.join(', ')}`)
  const ticket = world.tickets.get(intParam(params.TicketID) ?? -1)
  if (!ticket) return fail(NO_TICKET)
  const held = world.permissionsOn(agent, world.groupOf(ticket))
  if (!held.has('rw') && !(held.has('note') && held.has('owner'))) return fail(NO_PERMISSION)

  const article = newArticle(world, ticket, agent, params, articleInput(params, 'agent'), now)
  const failed: string[] = []
  const values: Record<string, DynamicFieldValue> = {}
  const dynamic = applyDynamicFields(values, params.DynamicFields, 'any')
  failed.push(...dynamic.failed)
  Object.assign(ticket.dynamicFields, dynamic.ticketValues)
  addArticle(world, ticket, article, agent)
  // Recorded quirk: article dynamic fields land on the ticket's first article, not on the new one.
  const firstArticle = world.articlesOf(ticket)[0] ?? article
  Object.assign(firstArticle.dynamicFields, dynamic.articleValues)

  if (params.State !== undefined || params.StateID !== undefined) {
    const state = resolveState(params)
    if (state) applyState(ticket, state.id, now)
    else failed.push('UpdateState')
  }
  const until = pendingTimeFrom(params, agent)
  if (until) ticket.pendingUntil = until
  const owner = resolveAgent(world, params.OwnerID, undefined)
  if (owner) ticket.ownerId = owner.id
  if (stringParam(params.Lock) === 'lock') ticket.lockId = 2
  ticket.consumedTime += Math.max(0, intParam(params.Estimated) ?? 0)
  touch(context, ticket)
  if (failed.length > 0) {
    return fail(`Article was created but these operations are failed: ${failed.join(', ')}`, { ArticleID: article.id })
  }
  return ok({ ArticleID: article.id })
}

export const createHandlers: Record<string, Handler> = { createTicket, createArticle }
