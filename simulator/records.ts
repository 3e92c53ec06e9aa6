/**
 * How tickets and articles look on the wire: field names, JSON types (IDs and counters as numbers,
 * TicketNumber as a string), null for empty values, dates in the agent's time zone.
 */
import type { Agent } from './world/reference.ts'
import {
  AVATAR_URL, DYNAMIC_FIELDS, isPendingStateType, priorityById, serviceById, slaById, typeById, type DynamicFieldDef,
} from './world/reference.ts'
import type { Article, DynamicFieldValue, StoredFile, Ticket } from './world/types.ts'
import type { World } from './world/world.ts'
import { formatDate, formatHoursMinutes } from './time.ts'
import { realName } from './world/addresses.ts'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** Empty strings come back as null, as the real server does */
function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

/** Business-hours approximation: the lab's calendar counts roughly 40% of wall-clock time */
function workingTime(seconds: number): number {
  return Math.round(seconds * 0.4)
}

interface EscalationOptions { withServerDates: boolean }

/**
 * Escalation fields. The base four are always there; the destination and per-kind fields appear only
 * while an SLA runs on the ticket (not once it is closed), as on the real server.
 */
function escalationFields(ticket: Ticket, agent: Agent, now: number, open: boolean, options: EscalationOptions): JsonObject {
  const responseDue = open ? ticket.firstResponseDue : 0
  const solutionDue = open ? ticket.solutionDue : 0
  const dues = [responseDue, solutionDue].filter((due) => due > 0)
  const destination = dues.length > 0 ? Math.min(...dues) : 0
  const fields: JsonObject = {
    EscalationResponseTime: responseDue,
    EscalationSolutionTime: solutionDue,
    EscalationUpdateTime: 0,
    EscalationTime: destination ? destination - now : 0,
  }
  if (!destination) return fields
  const addDates = (prefix: string, due: number): void => {
    fields[`${prefix}DestinationTime`] = due
    fields[`${prefix}DestinationDate`] = formatDate(due, agent.timeZone)
    if (options.withServerDates) fields[`${prefix}DestinationDateServer`] = formatDate(due)
  }
  addDates('Escalation', destination)
  fields.EscalationDestinationIn = formatHoursMinutes(workingTime(destination - now))
  fields.EscalationTimeWorkingTime = workingTime(destination - now)
  if (responseDue) {
    fields.FirstResponseTime = responseDue - now
    addDates('FirstResponseTime', responseDue)
    fields.FirstResponseTimeWorkingTime = workingTime(responseDue - now)
    if (responseDue < now) fields.FirstResponseTimeEscalation = 1
  }
  if (solutionDue) {
    fields.SolutionTime = solutionDue - now
    addDates('SolutionTime', solutionDue)
    fields.SolutionTimeWorkingTime = workingTime(solutionDue - now)
    if (solutionDue < now) fields.SolutionTimeEscalation = 1
  }
  return fields
}

/** The ticket fields every record shares (getTicketList, merged into articles, getTicket) */
function coreTicketFields(world: World, ticket: Ticket, agent: Agent, now: number): JsonObject {
  const state = world.stateOf(ticket)
  const queue = world.queueById(ticket.queueId)
  const owner = world.agentById(ticket.ownerId)
  const responsible = world.agentById(ticket.responsibleId)
  const pending = isPendingStateType(state.type) && ticket.pendingUntil > 0
  const fields: JsonObject = {
    TicketID: ticket.id,
    TicketNumber: ticket.number,
    Title: ticket.title,
    Queue: queue?.name ?? null,
    QueueID: ticket.queueId,
    State: state.name,
    StateID: state.id,
    StateType: state.type,
    Priority: priorityById.get(ticket.priorityId)?.name ?? null,
    PriorityID: ticket.priorityId,
    Type: typeById.get(ticket.typeId)?.name ?? null,
    TypeID: ticket.typeId,
    Lock: ticket.lockId === 2 ? 'lock' : 'unlock',
    LockID: ticket.lockId,
    Owner: owner?.login ?? null,
    OwnerID: ticket.ownerId,
    Responsible: responsible?.login ?? null,
    ResponsibleID: ticket.responsibleId,
    CustomerID: orNull(ticket.customerId),
    // After updateCustomer with an empty login the real server keeps "" here (not null).
    CustomerUserID: ticket.customerUserId === '' ? '' : orNull(ticket.customerUserId),
    ServiceID: ticket.serviceId,
    SLAID: ticket.slaId,
    GroupID: world.groupOf(ticket),
    ArchiveFlag: ticket.archiveFlag,
    Age: now - ticket.created,
    Created: formatDate(ticket.created, agent.timeZone),
    Changed: formatDate(ticket.changed, agent.timeZone),
    CreateBy: ticket.createBy,
    ChangeBy: ticket.changeBy,
    UnlockTimeout: ticket.unlockTimeout,
    UntilTime: pending ? ticket.pendingUntil - now : 0,
    RealTillTimeNotUsed: ticket.pendingUntil,
    ...escalationFields(ticket, agent, now, world.isOpen(ticket), { withServerDates: false }),
  }
  if (ticket.serviceId !== null) fields.Service = serviceById.get(ticket.serviceId)?.name ?? null
  if (ticket.slaId !== null) fields.SLA = slaById.get(ticket.slaId)?.name ?? null
  return fields
}

/** A ticket as getTicketList lists it */
export function ticketListRecord(world: World, ticket: Ticket, agent: Agent, now: number, dynamicFieldsMode: string | null): JsonObject {
  const state = world.stateOf(ticket)
  const pending = isPendingStateType(state.type) && ticket.pendingUntil > 0
  const customer = world.customerUser(ticket.customerUserId)
  return {
    ...coreTicketFields(world, ticket, agent, now),
    ...escalationFields(ticket, agent, now, world.isOpen(ticket), { withServerDates: true }),
    CustomerUserFirstname: customer ? customer.firstName : null,
    CustomerUserLastname: customer ? customer.lastName : null,
    CreatedServer: formatDate(ticket.created),
    ChangedServer: formatDate(ticket.changed),
    CreateTimeUnix: ticket.created,
    UntilTimeDateUnix: pending ? ticket.pendingUntil : 0,
    // The server prints this only for agents with a time-zone preference.
    UntilTimeDate: pending && agent.timeZone ? formatDate(ticket.pendingUntil, agent.timeZone) : null,
    Seen: ticket.seenBy.has(agent.id) ? 1 : 0,
    HasWatch: ticket.watcherIds.includes(agent.id) ? 1 : 0,
    WatcherCount: ticket.watcherIds.length,
    LinkCount: ticket.links.length,
    DynamicFields: ticketDynamicFields(ticket, dynamicFieldsMode),
  }
}

/** The extra fields getTicketList adds when asked for one TicketID */
export function ticketDetailFields(world: World, ticket: Ticket): JsonObject {
  const owner = world.agentById(ticket.ownerId)
  const articles = world.articlesOf(ticket)
  const first = articles[0]
  const attachmentAll: Json[] = []
  for (const article of articles) {
    for (const entry of attachmentEntries(article)) attachmentAll.push({ ...entry, ArticleID: article.id })
  }
  return {
    ArticleCount: articles.length,
    ConsumedTime: ticket.consumedTime,
    OwnerFirstname: owner?.firstName ?? null,
    OwnerLastname: owner?.lastName ?? null,
    Links: ticket.links.map((link) => {
      const other = world.tickets.get(link.ticketId)
      const title = link.linkType === 'Normal' ? 'Normal' : link.direction === 'Target' ? 'Child' : 'Parent'
      return {
        TicketID: link.ticketId, TicketNumber: other?.number ?? null, Title: other?.title ?? null,
        PriorityID: other?.priorityId ?? null, TypeID: other?.typeId ?? null,
        LinkType: link.linkType, LinkTypeTitle: title, LinkDest: link.direction,
      }
    }),
    Watchers: ticket.watcherIds.map((id) => {
      const watcher = world.agentById(id)
      return { UserID: id, Login: watcher?.login ?? null, FirstName: watcher?.firstName ?? null, LastName: watcher?.lastName ?? null }
    }),
    HTMLBody: first ? htmlBodyEntry(first) : null,
    Attachments: first ? attachmentEntries(first) : [],
    AttachmentAll: attachmentAll,
  }
}

/** DynamicFields map: `{}` by default; all ticket fields with "all"; the mobile-configured ones with "mobile" */
export function ticketDynamicFields(ticket: Ticket, mode: string | null): JsonObject {
  if (mode !== 'all' && mode !== 'mobile') return {}
  const result: JsonObject = {}
  for (const field of DYNAMIC_FIELDS) {
    if (field.objectType !== 'Ticket') continue
    if (mode === 'mobile' && !field.mobileScreen) continue
    const entry: JsonObject = { Name: field.name, Type: field.fieldType, Value: displayValue(field, ticket.dynamicFields[field.name]) }
    if (field.mobileScreen) entry.Screens = { AgentMobileTicketNote: field.mobileScreen }
    result[field.name] = entry
  }
  return result
}

/** Dropdown values read as their label, multiselects as key arrays, checkboxes as 0/1 */
export function displayValue(field: DynamicFieldDef, value: DynamicFieldValue | undefined): Json {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length > 0 ? value : null
  if (field.fieldType === 'Dropdown') return field.possibleValues?.[String(value)] ?? String(value)
  if (field.fieldType === 'Checkbox') return Number(value) ? 1 : 0
  return value
}

/** Files of an article sorted by name, as OTRS numbers them: the FileID is the position */
export function numberedFiles(article: Article): { fileId: number; file: StoredFile }[] {
  return [...article.files]
    .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))
    .map((file, index) => ({ fileId: index + 1, file }))
}

function fileEntry(fileId: number, file: StoredFile): JsonObject {
  return {
    FileID: fileId, Filename: file.filename, ContentType: file.contentType, FilesizeRaw: file.content.length,
    Disposition: file.disposition, ContentID: file.contentId, ContentAlternative: null,
  }
}

export function attachmentEntries(article: Article): JsonObject[] {
  return numberedFiles(article).filter(({ file }) => !file.isHtmlBody).map(({ fileId, file }) => fileEntry(fileId, file))
}

export function htmlBodyEntry(article: Article): JsonObject | null {
  const html = numberedFiles(article).find(({ file }) => file.isHtmlBody)
  return html ? fileEntry(html.fileId, html.file) : null
}

const CHANNEL_IDS = { email: 1, phone: 2, internal: 3, chat: 4 } as const
const SENDER_TYPES = { 1: 'agent', 2: 'system', 3: 'customer' } as const

/** ArticleType as RS4OTRS spells the channel plus visibility */
export function articleType(article: Article): string {
  switch (article.channel) {
    case 'email': return article.isVisibleForCustomer ? 'email-external' : 'email-internal'
    case 'phone': return 'phone'
    case 'chat': return article.isVisibleForCustomer ? 'chat-external' : 'chat-internal'
    case 'internal': return 'note-internal'
  }
}

function direction(article: Article): string {
  if (article.senderTypeId === 3) return 'Incoming'
  return article.channel === 'internal' ? 'Internal' : 'Outgoing'
}

/** An article as getArticles returns it: the ticket's fields merged with the article's */
export function articleRecord(world: World, ticket: Ticket, article: Article, agent: Agent, now: number): JsonObject {
  const record: JsonObject = {
    ...coreTicketFields(world, ticket, agent, now),
    ArticleID: article.id,
    ArticleNumber: ticket.articleIds.indexOf(article.id) + 1,
    Subject: article.subject,
    Body: article.body,
    From: article.from,
    FromRealname: realName(article.from),
    To: orNull(article.to),
    Cc: orNull(article.cc),
    Bcc: orNull(article.bcc),
    ReplyTo: orNull(article.replyTo),
    InReplyTo: orNull(article.inReplyTo),
    References: orNull(article.references),
    MessageID: orNull(article.messageId),
    ContentType: 'text/plain; charset=utf-8',
    MimeType: 'text/plain',
    Charset: 'utf-8',
    ContentCharset: 'utf-8',
    SenderType: SENDER_TYPES[article.senderTypeId],
    SenderTypeID: article.senderTypeId,
    ArticleType: articleType(article),
    CommunicationChannelID: CHANNEL_IDS[article.channel],
    IsVisibleForCustomer: article.isVisibleForCustomer,
    Direction: direction(article),
    Seen: article.seenBy.has(agent.id) ? 1 : 0,
    Avatar: AVATAR_URL,
    CreateTime: formatDate(article.created, agent.timeZone),
    ChangeTime: formatDate(article.created, agent.timeZone),
    CreateTimeServer: formatDate(article.created),
    ChangeTimeServer: formatDate(article.created),
    CreatedTimeUnix: article.created,
    IncomingTime: article.created,
    CreateBy: article.createBy,
    ChangeBy: article.changeBy,
    HTMLBody: htmlBodyEntry(article),
    Attachments: attachmentEntries(article),
  }
  if (article.to) record.ToRealname = realName(article.to)
  for (const field of DYNAMIC_FIELDS) {
    if (field.objectType === 'Article') record[`DynamicField_${field.name}`] = displayValue(field, article.dynamicFields[field.name])
  }
  return record
}

/** The undocumented getTicket: Znuny's raw TicketGet, where empty values are "" rather than null */
export function rawTicketRecord(world: World, ticket: Ticket, agent: Agent, now: number): JsonObject {
  const record = coreTicketFields(world, ticket, agent, now)
  for (const key of ['ServiceID', 'SLAID', 'CustomerID', 'CustomerUserID']) {
    if (record[key] === null) record[key] = ''
  }
  return record
}
