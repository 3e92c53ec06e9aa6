import {
  callApi as sendApi,
  callApiEnvelope as sendApiEnvelope,
  readApi,
  readFile,
  toCommaList,
  toFlag,
  type CallOptions,
  type DownloadedFile,
  type Envelope,
} from './client'
import { ApiError, classifyServerMessage, clientError, LIST_PREFIXES, listedFields } from './errors'
import {
  arrayOf,
  decode,
  isObject,
  nullableString,
  number,
  object,
  optionalArrayOf,
  string,
  type Json,
} from './validate'
import type {
  Article,
  ArticleSeenAnswer,
  ArticlesAnswer,
  AttachmentMeta,
  CreatedAttachment,
  Ticket,
  TicketListAnswer,
} from './types'

// ---------------------------------------------------------------------------------------------
// Own writes

type WriteListener = (ticketId: number | null) => void
const writeListeners = new Set<WriteListener>()

/**
 * Called after every ticket write of this console (answered, failed or lost: any of them may have
 * changed the server), with the ticket's ID (null for a new ticket). Caches of read data listen,
 * so nothing the agent changed comes back from a cache. Returns the unsubscribe.
 */
export function onTicketWrite(listener: WriteListener): () => void {
  writeListeners.add(listener)
  return () => writeListeners.delete(listener)
}

function written(params: Record<string, unknown>): void {
  const ticketId = typeof params.TicketID === 'number' ? params.TicketID : null
  for (const listener of [...writeListeners]) listener(ticketId)
}

// Every callApi / callApiEnvelope in this file is a write (reads go through readApi / readFile).
async function callApi<T extends object>(group: string, method: string, params: Record<string, unknown>, options?: CallOptions): Promise<T & Envelope> {
  try {
    return await sendApi<T>(group, method, params, options)
  } finally {
    written(params)
  }
}

async function callApiEnvelope<T extends object>(group: string, method: string, params: Record<string, unknown>, options?: CallOptions): Promise<T & Envelope> {
  try {
    return await sendApiEnvelope<T>(group, method, params, options)
  } finally {
    written(params)
  }
}

// ---------------------------------------------------------------------------------------------
// Parameter helpers

export type SortField =
  | 'Age'
  | 'Changed'
  | 'Priority'
  | 'EscalationSolutionTime'
  | 'TicketNumber'
  | 'Title'
  | 'Queue'
  | 'State'
  | 'Owner'
  | 'CustomerID'

/** Filter for getTicketList; lists become comma-separated strings on the wire. */
export interface TicketQuery {
  viewId?: number
  ticketId?: number
  ticketNumber?: string
  /** Exact; `*` is the wildcard. */
  title?: string
  /** Exact unless wrapped in `%` (`%printer%`). */
  fullTextSearch?: string
  queueIds?: number[]
  /** Queue full names (`Support::Hardware`); prefer `queueIds`. */
  queues?: string[]
  stateIds?: number[]
  /** State names; prefer `stateIds`. */
  states?: string[]
  stateType?: 'Open' | 'Closed'
  priorityIds?: number[]
  typeIds?: number[]
  serviceIds?: number[]
  slaIds?: number[]
  lockIds?: number[]
  locks?: Array<'lock' | 'unlock' | 'tmp_lock'>
  ownerIds?: number[]
  responsibleIds?: number[]
  watchUserIds?: number[]
  customerId?: string
  customerUserLogin?: string
  from?: string
  to?: string
  cc?: string
  subject?: string
  body?: string
  sortBy?: SortField[]
  orderBy?: Array<'Up' | 'Down'>
  smartSort?: boolean
  /** The server's default is 5. */
  limit?: number
  offset?: number
  dynamicFieldsMode?: 'mobile' | 'all'
}

export function ticketQueryToParams(query: TicketQuery): Record<string, unknown> {
  return {
    ViewID: query.viewId,
    TicketID: query.ticketId,
    TicketNumber: query.ticketNumber,
    Title: query.title,
    FullTextSearch: query.fullTextSearch,
    QueueIDs: toCommaList(query.queueIds),
    Queues: toCommaList(query.queues),
    StateIDs: toCommaList(query.stateIds),
    States: toCommaList(query.states),
    StateType: query.stateType,
    PriorityIDs: toCommaList(query.priorityIds),
    TypeIDs: toCommaList(query.typeIds),
    ServiceIDs: toCommaList(query.serviceIds),
    SLAIDs: toCommaList(query.slaIds),
    LockIDs: toCommaList(query.lockIds),
    Locks: toCommaList(query.locks),
    OwnerIDs: toCommaList(query.ownerIds),
    ResponsibleIDs: toCommaList(query.responsibleIds),
    WatchUserIDs: toCommaList(query.watchUserIds),
    CustomerID: query.customerId,
    CustomerUserLogin: query.customerUserLogin,
    From: query.from,
    To: query.to,
    Cc: query.cc,
    Subject: query.subject,
    Body: query.body,
    SortBy: toCommaList(query.sortBy),
    OrderBy: toCommaList(query.orderBy),
    SmartSort: query.smartSort ? 1 : undefined,
    Limit: query.limit,
    Offset: query.offset,
    DynamicFieldsMode: query.dynamicFieldsMode,
  }
}

/**
 * A pending time: seconds since the epoch, a Date, or wall-clock parts in the agent's time zone
 * (the server reads Year/Month/Day/Hour/Minute in the agent's zone).
 */
export type PendingTime =
  | { unix: number }
  | Date
  | { year: number; month: number; day: number; hour: number; minute: number }

export type PendingTimeParams =
  | { UntilTimeDateUnix: number }
  | { Year: number; Month: number; Day: number; Hour: number; Minute: number }

function isInteger(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

/**
 * The server stores an impossible date (month 13, day 40) without complaint, so the console checks
 * it first. Throws `ApiError('validation', …, code 'invalidPendingTime')`.
 */
export function pendingTimeParams(pending: PendingTime, endpoint = 'tickets/pendingTime'): PendingTimeParams {
  const invalid = () => clientError(endpoint, 'invalidPendingTime')
  if (pending instanceof Date) {
    const time = pending.getTime()
    if (Number.isNaN(time) || time <= 0) throw invalid()
    return { UntilTimeDateUnix: Math.floor(time / 1000) }
  }
  if ('unix' in pending) {
    if (!Number.isFinite(pending.unix) || pending.unix <= 0) throw invalid()
    return { UntilTimeDateUnix: Math.floor(pending.unix) }
  }
  const { year, month, day, hour, minute } = pending
  const daysInMonth = isInteger(year, 1970, 9999) && isInteger(month, 1, 12) ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0
  if (!daysInMonth || !isInteger(day, 1, daysInMonth) || !isInteger(hour, 0, 23) || !isInteger(minute, 0, 59)) throw invalid()
  return { Year: year, Month: month, Day: day, Hour: hour, Minute: minute }
}

/** Titles over 255 characters are cut on create and refused on update: refuse them up front. */
export const MAX_TITLE_LENGTH = 255

function checkTitle(title: string, endpoint: string): string {
  if (Array.from(title).length > MAX_TITLE_LENGTH) throw clientError(endpoint, 'titleTooLong')
  return title
}

/** Dynamic-field values as the server takes them (Multiselect as a JSON array, Checkbox 0/1). */
export type DynamicFieldInput = string | number | string[] | null

// ---------------------------------------------------------------------------------------------
// Results of writes that can partly succeed

/** A create that went through; `failedFields` lists the follow-up steps the server could not do. */
export interface CreateResult {
  id: number
  failedFields: string[]
}

/** An update: `ok: false` lists what was not applied (the rest was). Never retry it blindly. */
export type UpdateResult = { ok: true; failedFields: [] } | { ok: false; failedFields: string[] }

const UPDATED: UpdateResult = { ok: true, failedFields: [] }

function failed(fields: string[]): UpdateResult {
  return { ok: false, failedFields: fields }
}

function throwFor(answer: Envelope, endpoint: string): never {
  const message = answer.Message ?? ''
  throw new ApiError(classifyServerMessage(message), endpoint, message || null)
}

/**
 * createTicket/createArticle: `Response: "ERROR"` **with** the new ID is a partial success
 * (`… was created but these operations are failed: …`). It is a result: the ID is never lost
 * and the create is never resubmitted.
 */
function createResult(answer: Json & Envelope, idKey: 'TicketID' | 'ArticleID', endpoint: string): CreateResult {
  const id = answer[idKey]
  if (typeof id === 'number' && id > 0) {
    if (answer.Response === 'OK') return { id, failedFields: [] }
    const message = answer.Message ?? ''
    const fields = listedFields(message)
    return { id, failedFields: fields.length > 0 ? fields : [message || 'unknown'] }
  }
  if (answer.Response === 'ERROR') throwFor(answer, endpoint)
  throw new ApiError('server', endpoint, null, { status: 200, code: 'unexpectedAnswer' })
}

// ---------------------------------------------------------------------------------------------
// Answer checks

function emptyToNull(value: string | null): string | null {
  return value === '' ? null : value
}

function checkAttachment(value: unknown, path: string): AttachmentMeta {
  const attachment = object(value, path)
  number(attachment, 'FileID', path)
  string(attachment, 'ContentType', path)
  nullableString(attachment, 'Filename', path)
  return attachment as unknown as AttachmentMeta
}

function checkHtmlBody(record: Json, path: string): AttachmentMeta | null {
  return record.HTMLBody === null || record.HTMLBody === undefined ? null : checkAttachment(record.HTMLBody, `${path}.HTMLBody`)
}

/** Fields shared by tickets and articles (the server merges ticket fields into each article). */
function normaliseCustomer(record: Json, path: string): Json {
  return {
    ...record,
    // After updateCustomer with empty values the server may say "" instead of null: no customer.
    CustomerID: emptyToNull(nullableString(record, 'CustomerID', path)),
    CustomerUserID: emptyToNull(nullableString(record, 'CustomerUserID', path)),
  }
}

function checkTicket(value: unknown, path: string): Ticket {
  const ticket = object(value, path)
  for (const key of ['TicketID', 'QueueID', 'StateID', 'PriorityID', 'LockID', 'OwnerID', 'ResponsibleID']) number(ticket, key, path)
  for (const key of ['TicketNumber', 'Title', 'Queue', 'State', 'Priority', 'Lock', 'Owner']) string(ticket, key, path)
  const normalised: Json = {
    ...normaliseCustomer(ticket, path),
    DynamicFields: isObject(ticket.DynamicFields) ? ticket.DynamicFields : {},
  }
  if ('HTMLBody' in ticket) normalised.HTMLBody = checkHtmlBody(ticket, path)
  if ('Attachments' in ticket) normalised.Attachments = optionalArrayOf(ticket, 'Attachments', path, checkAttachment)
  if ('AttachmentAll' in ticket) normalised.AttachmentAll = optionalArrayOf(ticket, 'AttachmentAll', path, checkAttachment)
  return normalised as unknown as Ticket
}

function checkTicketList(body: Json): TicketListAnswer {
  const answer: TicketListAnswer = { Tickets: optionalArrayOf(body, 'Tickets', 'answer', checkTicket) }
  if (typeof body.Count === 'number') answer.Count = body.Count
  if (body.NeedTokenUpdate === 0 || body.NeedTokenUpdate === 1) answer.NeedTokenUpdate = body.NeedTokenUpdate
  // Only the ID: `TicketFromFullTextSearch` is filled even for tickets the agent may not read.
  if (typeof body.TicketIDFromFullTextSearch === 'number') answer.TicketIDFromFullTextSearch = body.TicketIDFromFullTextSearch
  return answer
}

function checkArticle(value: unknown, path: string): Article {
  const article = object(value, path)
  for (const key of ['ArticleID', 'TicketID']) number(article, key, path)
  for (const key of ['Subject', 'Body', 'From', 'To', 'Cc']) nullableString(article, key, path)
  string(article, 'ArticleType', path)
  // Avatar is a fixed third-party URL (blocked by the CSP): dropped, initials are shown instead.
  const { Avatar: _avatar, ...rest } = normaliseCustomer(article, path)
  return {
    ...rest,
    HTMLBody: checkHtmlBody(article, path),
    Attachments: optionalArrayOf(article, 'Attachments', path, checkAttachment),
  } as unknown as Article
}

// ---------------------------------------------------------------------------------------------
// Reads

/** Tickets matching `query` (the agent's unreadable tickets are silently absent). */
export async function getTicketList(query: TicketQuery = {}, options?: CallOptions): Promise<TicketListAnswer> {
  const answer = await readApi('tickets', 'getTicketList', ticketQueryToParams(query), options)
  return decode('tickets/getTicketList', answer, checkTicketList)
}

/** How many tickets match `query` (`Count` mode). */
export async function countTickets(query: TicketQuery = {}, options?: CallOptions): Promise<number> {
  const answer = await readApi('tickets', 'getTicketList', { ...ticketQueryToParams(query), Count: 1 }, options)
  return decode('tickets/getTicketList', answer, (body) => number(body, 'Count', 'answer'))
}

/** One ticket with its detail fields (links, watchers, first article's HTML body), or null. */
export async function getTicketById(ticketId: number, options?: CallOptions): Promise<Ticket | null> {
  const answer = await getTicketList({ ticketId }, options)
  return answer.Tickets.find((ticket) => ticket.TicketID === ticketId) ?? null
}

/**
 * All articles of a ticket in one call. The server's paging is broken (Page N ≥ 2 skips N × Limit)
 * so there is no page parameter: without `limit` every article comes back. The server's order is
 * newest first (`DESC`); anything but exactly `DESC` means oldest first.
 */
export async function getArticles(
  params: { ticketId: number; order?: 'ASC' | 'DESC'; limit?: number },
  options?: CallOptions,
): Promise<ArticlesAnswer> {
  const answer = await readApi(
    'tickets',
    'getArticles',
    { TicketID: params.ticketId, Order: params.order, Limit: params.limit },
    options,
  )
  return decode('tickets/getArticles', answer, (body) => ({ Articles: arrayOf(body, 'Articles', 'answer', checkArticle) }))
}

/**
 * How many articles of a ticket the customer can see (the server's default), or with
 * `visibleForCustomer: false` how many they cannot (internal notes).
 */
export async function countArticles(params: { ticketId: number; visibleForCustomer?: boolean }, options?: CallOptions): Promise<number> {
  const answer = await readApi(
    'tickets',
    'getArticles',
    { TicketID: params.ticketId, Count: 1, IsVisibleForCustomer: toFlag(params.visibleForCustomer) },
    options,
  )
  return decode('tickets/getArticles', answer, (body) => number(body, 'Count', 'answer'))
}

/**
 * An attachment (or an article's HTML body, by `HTMLBody.FileID`) as a Blob, with the file name and
 * content type from the answer's headers. HTML bodies still need sanitising and isolation.
 */
export async function getAttachment(
  params: { articleId?: number; ticketId?: number; fileId: number },
  options?: CallOptions,
): Promise<DownloadedFile> {
  if (params.articleId === undefined && params.ticketId === undefined) {
    throw clientError('tickets/getAttachment', 'missingTarget')
  }
  return readFile('tickets', 'getAttachment', { TicketID: params.ticketId, ArticleID: params.articleId, FileID: params.fileId }, options)
}

// ---------------------------------------------------------------------------------------------
// Creates

export type ArticleChannel = 'Phone' | 'Email' | 'Chat' | 'Internal'
export type SenderType = 'customer' | 'agent' | 'system'

export interface NewTicket {
  title: string
  queueId: number
  priorityId: number
  body: string
  subject?: string
  typeId?: number
  serviceId?: number
  slaId?: number
  /** Phone by default. Only an external channel (Email) makes the article visible to the customer. */
  articleType?: ArticleChannel
  senderType?: SenderType
  ownerId?: number
  lock?: 'lock' | 'unlock'
  /** The server's default is to lock for the owner. */
  lockByOwner?: boolean
  to?: string
  cc?: string
  replyTo?: string
  contentType?: string
  customerId?: string
  customerUserId?: string
  stateId?: number
  pending?: PendingTime
  /** Time units spent. */
  estimated?: number
  dynamicFields?: Record<string, DynamicFieldInput>
}

/**
 * Creates a ticket. A write: never retried. `failedFields` non-empty means the ticket exists but
 * some steps failed. "Couldn't create ticket"/"Cannot add ticket article" may still have left a
 * ticket behind: check by listing before trying again.
 */
export async function createTicket(ticket: NewTicket, options?: CallOptions): Promise<CreateResult> {
  const endpoint = 'tickets/createTicket'
  const answer = await callApiEnvelope<Json>(
    'tickets',
    'createTicket',
    {
      Title: checkTitle(ticket.title, endpoint),
      QueueID: ticket.queueId,
      PriorityID: ticket.priorityId,
      Body: ticket.body,
      Subject: ticket.subject,
      TypeID: ticket.typeId,
      ServiceID: ticket.serviceId,
      SLAID: ticket.slaId,
      ArticleType: ticket.articleType,
      SenderType: ticket.senderType,
      OwnerID: ticket.ownerId,
      Lock: ticket.lock,
      LockByOwner: toFlag(ticket.lockByOwner),
      To: ticket.to,
      Cc: ticket.cc,
      ReplyTo: ticket.replyTo,
      ContentType: ticket.contentType,
      CustomerID: ticket.customerId,
      CustomerUserID: ticket.customerUserId,
      StateID: ticket.stateId,
      ...(ticket.pending ? pendingTimeParams(ticket.pending, endpoint) : {}),
      Estimated: ticket.estimated,
      DynamicFields: ticket.dynamicFields,
    },
    options,
  )
  return createResult(answer, 'TicketID', endpoint)
}

export interface NewArticle {
  ticketId: number
  subject: string
  body: string
  /** Phone by default; Email is really sent; Internal is a note only agents see. */
  articleType?: ArticleChannel
  senderType?: SenderType
  ownerId?: number
  lock?: 'lock' | 'unlock'
  to?: string
  cc?: string
  replyTo?: string
  contentType?: string
  charset?: string
  mimeType?: string
  estimated?: number
  stateId?: number
  /** A state name; prefer `stateId`. */
  state?: string
  pending?: PendingTime
  dynamicFields?: Record<string, DynamicFieldInput>
}

/** Adds an article (note, phone call, e-mail). A write: never retried; see {@link createTicket}. */
export async function createArticle(article: NewArticle, options?: CallOptions): Promise<CreateResult> {
  const endpoint = 'tickets/createArticle'
  const answer = await callApiEnvelope<Json>(
    'tickets',
    'createArticle',
    {
      TicketID: article.ticketId,
      Subject: article.subject,
      Body: article.body,
      ArticleType: article.articleType,
      SenderType: article.senderType,
      OwnerID: article.ownerId,
      Lock: article.lock,
      To: article.to,
      Cc: article.cc,
      ReplyTo: article.replyTo,
      ContentType: article.contentType,
      Charset: article.charset,
      MimeType: article.mimeType,
      Estimated: article.estimated,
      StateID: article.stateId,
      State: article.stateId === undefined ? article.state : undefined,
      ...(article.pending ? pendingTimeParams(article.pending, endpoint) : {}),
      DynamicFields: article.dynamicFields,
    },
    options,
  )
  return createResult(answer, 'ArticleID', endpoint)
}

export interface UploadFile {
  /** The file's bytes, base64-encoded. */
  content: string
  contentType: string
  filename: string
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Strict standard base64 (whitespace ignored): the server stores anything else as garbage. */
export function isValidBase64(content: string): boolean {
  const compact = content.replace(/\s+/g, '')
  return compact.length > 0 && compact.length % 4 === 0 && BASE64.test(compact)
}

/** Reads a browser file into what {@link createAttachment} sends. */
export async function toUploadFile(file: Blob, filename?: string): Promise<UploadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const chunk = 0x8000
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk))
  }
  const name = filename ?? ('name' in file && typeof file.name === 'string' ? file.name : 'file')
  return { content: btoa(binary), contentType: file.type || 'application/octet-stream', filename: name }
}

/**
 * Attaches a file to an article (or, with only `ticketId`, to the ticket's first article).
 * Empty files and invalid base64 are refused before sending. FileIDs are positions: re-read the
 * article's attachments after an upload. A write: never retried.
 */
export async function createAttachment(
  params: { ticketId?: number; articleId?: number; file: UploadFile },
  options?: CallOptions,
): Promise<CreatedAttachment> {
  const endpoint = 'tickets/createAttachment'
  if (params.ticketId === undefined && params.articleId === undefined) throw clientError(endpoint, 'missingTarget')
  const content = params.file.content.replace(/\s+/g, '')
  if (content.length === 0) throw clientError(endpoint, 'emptyFile')
  if (!isValidBase64(content)) throw clientError(endpoint, 'invalidBase64')
  if (!params.file.filename.trim() || !params.file.contentType.trim()) throw clientError(endpoint, 'missingValue')
  const answer = await callApi(
    'tickets',
    'createAttachment',
    {
      TicketID: params.ticketId,
      ArticleID: params.articleId,
      File: { Content: content, ContentType: params.file.contentType, Filename: params.file.filename },
    },
    options,
  )
  return decode(endpoint, answer, (body) => {
    const attachment = object(body.Attachment, 'answer.Attachment')
    return {
      FileID: number(attachment, 'FileID', 'answer.Attachment'),
      Filename: string(attachment, 'Filename', 'answer.Attachment'),
      ContentType: string(attachment, 'ContentType', 'answer.Attachment'),
      FilesizeRaw: number(attachment, 'FilesizeRaw', 'answer.Attachment'),
      Disposition: string(attachment, 'Disposition', 'answer.Attachment'),
      ContentID: nullableString(attachment, 'ContentID', 'answer.Attachment'),
      ContentAlternative: nullableString(attachment, 'ContentAlternative', 'answer.Attachment'),
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Seen flags and watching

/** Marks one article (un)seen; `TicketSeen` 1 means the whole ticket is now seen. */
export async function markArticleAsSeen(
  params: { ticketId: number; articleId: number; seen?: boolean },
  options?: CallOptions,
): Promise<ArticleSeenAnswer> {
  const answer = await callApi(
    'tickets',
    'markArticleAsSeen',
    { TicketID: params.ticketId, ArticleID: params.articleId, Seen: toFlag(params.seen ?? true) },
    options,
  )
  return decode('tickets/markArticleAsSeen', answer, (body) => ({
    TicketID: number(body, 'TicketID', 'answer'),
    TicketSeen: number(body, 'TicketSeen', 'answer') ? 1 : 0,
  }))
}

export async function markTicketAsSeen(params: { ticketId: number; seen?: boolean }, options?: CallOptions): Promise<void> {
  await callApi('tickets', 'markTicketAsSeen', { TicketID: params.ticketId, Seen: toFlag(params.seen ?? true) }, options)
}

/** Starts (`subscribe: true`) or stops watching a ticket. */
export async function watchTicket(params: { ticketId: number; subscribe: boolean }, options?: CallOptions): Promise<void> {
  await callApi('tickets', 'watchTicket', { TicketID: params.ticketId, Subscribe: toFlag(params.subscribe) }, options)
}

// ---------------------------------------------------------------------------------------------
// Single-field updates (writes: never retried). Pass an ID or a name, not both: the ID would win.

type ById<K extends string, N extends string> = { [key in K]: number } & { [key in N]?: never }
type ByName<K extends string, N extends string> = { [key in N]: string } & { [key in K]?: never }
type IdOrName<K extends string, N extends string> = ById<K, N> | ByName<K, N>

function idOrName<K extends string, N extends string>(
  value: IdOrName<K, N>,
  idKey: K,
  nameKey: N,
  wireId: string,
  wireName: string,
): Record<string, unknown> {
  const id = (value as Partial<Record<K, number>>)[idKey]
  if (id !== undefined) return { [wireId]: id }
  return { [wireName]: (value as Partial<Record<N, string>>)[nameKey] }
}

async function update(method: string, params: Record<string, unknown>, options?: CallOptions): Promise<void> {
  await callApi('tickets', method, params, options)
}

/** Sets the archive flag; the server refuses it unless its archive system is on. */
export async function updateArchiveFlag(params: { ticketId: number; archived: boolean }, options?: CallOptions): Promise<void> {
  return update('updateArchiveFlag', { TicketID: params.ticketId, ArchiveFlag: params.archived ? 'y' : 'n' }, options)
}

/** Sets the ticket's customer; empty values mean "no customer". */
export async function updateCustomer(
  params: { ticketId: number; customerId: string | null; customerUserId: string | null },
  options?: CallOptions,
): Promise<void> {
  return update(
    'updateCustomer',
    { TicketID: params.ticketId, CustomerID: params.customerId ?? '', CustomerUserID: params.customerUserId ?? '' },
    options,
  )
}

/**
 * Locks or unlocks. Locking someone else's ticket makes you its owner; ask before breaking another
 * agent's lock. `ok: false` with `['Owner']`: locked, but the owner could not be changed.
 */
export async function updateLock(params: { ticketId: number; lock: 'lock' | 'unlock' }, options?: CallOptions): Promise<UpdateResult> {
  const answer = await callApiEnvelope('tickets', 'updateLock', { TicketID: params.ticketId, Lock: params.lock }, options)
  if (answer.Response === 'OK') return UPDATED
  if (answer.Message === "Ticket was locked but Owner couldn't be changed") return failed(['Owner'])
  return throwFor(answer, 'tickets/updateLock')
}

/** Gives the ticket to another agent (who then holds the lock). */
export async function updateOwner(
  params: { ticketId: number; rule?: 'TicketEdit' } & IdOrName<'userId', 'user'>,
  options?: CallOptions,
): Promise<void> {
  return update(
    'updateOwner',
    { TicketID: params.ticketId, ...idOrName(params, 'userId', 'user', 'NewUserID', 'NewUser'), Rule: params.rule },
    options,
  )
}

/** Sets the pending time (the server answers OK even for tickets that are not pending). */
export async function updatePendingTime(params: { ticketId: number; pending: PendingTime }, options?: CallOptions): Promise<void> {
  const endpoint = 'tickets/updatePendingTime'
  return update('updatePendingTime', { TicketID: params.ticketId, ...pendingTimeParams(params.pending, endpoint) }, options)
}

export async function updatePriority(params: { ticketId: number } & IdOrName<'priorityId', 'priority'>, options?: CallOptions): Promise<void> {
  return update('updatePriority', { TicketID: params.ticketId, ...idOrName(params, 'priorityId', 'priority', 'PriorityID', 'Priority') }, options)
}

/** Moves the ticket; the server checks only the target queue (rw or move_into). */
export async function updateQueue(params: { ticketId: number } & IdOrName<'queueId', 'queue'>, options?: CallOptions): Promise<void> {
  return update('updateQueue', { TicketID: params.ticketId, ...idOrName(params, 'queueId', 'queue', 'QueueID', 'Queue') }, options)
}

export async function updateResponsible(params: { ticketId: number } & IdOrName<'userId', 'user'>, options?: CallOptions): Promise<void> {
  return update('updateResponsible', { TicketID: params.ticketId, ...idOrName(params, 'userId', 'user', 'NewUserID', 'NewUser') }, options)
}

/** The server does not check that the customer may use the service: the console must. */
export async function updateService(params: { ticketId: number } & IdOrName<'serviceId', 'service'>, options?: CallOptions): Promise<void> {
  return update('updateService', { TicketID: params.ticketId, ...idOrName(params, 'serviceId', 'service', 'ServiceID', 'Service') }, options)
}

export async function updateSLA(params: { ticketId: number } & IdOrName<'slaId', 'sla'>, options?: CallOptions): Promise<void> {
  return update('updateSLA', { TicketID: params.ticketId, ...idOrName(params, 'slaId', 'sla', 'SLAID', 'SLA') }, options)
}

/**
 * Changes the state (needs the lock; closing also unlocks). `ok: false` with `['Lock']`: the state
 * changed but the ticket could not be unlocked.
 */
export async function updateState(params: { ticketId: number } & IdOrName<'stateId', 'state'>, options?: CallOptions): Promise<UpdateResult> {
  const answer = await callApiEnvelope(
    'tickets',
    'updateState',
    { TicketID: params.ticketId, ...idOrName(params, 'stateId', 'state', 'StateID', 'State') },
    options,
  )
  if (answer.Response === 'OK') return UPDATED
  if (answer.Message === "State has been changed but couldn't unlock Ticket") return failed(['Lock'])
  return throwFor(answer, 'tickets/updateState')
}

export async function updateTitle(params: { ticketId: number; title: string }, options?: CallOptions): Promise<void> {
  return update('updateTitle', { TicketID: params.ticketId, Title: checkTitle(params.title, 'tickets/updateTitle') }, options)
}

export async function updateType(params: { ticketId: number } & IdOrName<'typeId', 'type'>, options?: CallOptions): Promise<void> {
  return update('updateType', { TicketID: params.ticketId, ...idOrName(params, 'typeId', 'type', 'TypeID', 'Type') }, options)
}

// ---------------------------------------------------------------------------------------------
// updateTicket: many fields at once, not transactional

/** Fields to change; IDs are preferred, names (`queue`, `state`, …) are sent only without the ID. */
export interface TicketChanges {
  title?: string
  queueId?: number
  queue?: string
  typeId?: number
  type?: string
  serviceId?: number
  service?: string
  slaId?: number
  sla?: string
  customerId?: string
  customerUserId?: string
  lock?: 'lock' | 'unlock'
  archived?: boolean
  stateId?: number
  state?: string
  ownerId?: number
  responsibleId?: number
  priorityId?: number
  priority?: string
  pending?: PendingTime
  rule?: 'TicketEdit'
  dynamicFields?: Record<string, DynamicFieldInput>
}

/**
 * Applies what it can: `ok: false` lists the fields that were not updated (the others were).
 * Values equal to the current ones are skipped by the server; `0` or `""` count as not given.
 * State, owner and priority change only while the agent holds the lock.
 */
export async function updateTicket(ticketId: number, changes: TicketChanges, options?: CallOptions): Promise<UpdateResult> {
  const endpoint = 'tickets/updateTicket'
  const answer = await callApiEnvelope(
    'tickets',
    'updateTicket',
    {
      TicketID: ticketId,
      Title: changes.title === undefined ? undefined : checkTitle(changes.title, endpoint),
      QueueID: changes.queueId,
      Queue: changes.queueId === undefined ? changes.queue : undefined,
      TypeID: changes.typeId,
      Type: changes.typeId === undefined ? changes.type : undefined,
      ServiceID: changes.serviceId,
      Service: changes.serviceId === undefined ? changes.service : undefined,
      SLAID: changes.slaId,
      SLA: changes.slaId === undefined ? changes.sla : undefined,
      CustomerID: changes.customerId,
      CustomerUserID: changes.customerUserId,
      Lock: changes.lock,
      ArchiveFlag: changes.archived === undefined ? undefined : changes.archived ? 'y' : 'n',
      StateID: changes.stateId,
      State: changes.stateId === undefined ? changes.state : undefined,
      NewOwnerID: changes.ownerId,
      NewResponsibleUserID: changes.responsibleId,
      PriorityID: changes.priorityId,
      Priority: changes.priorityId === undefined ? changes.priority : undefined,
      ...(changes.pending ? pendingTimeParams(changes.pending, endpoint) : {}),
      Rule: changes.rule,
      DynamicFields: changes.dynamicFields,
    },
    options,
  )
  if (answer.Response === 'OK') return UPDATED
  const message = answer.Message ?? ''
  if (message.startsWith(LIST_PREFIXES.notUpdated)) return failed(listedFields(message))
  return throwFor(answer, endpoint)
}
