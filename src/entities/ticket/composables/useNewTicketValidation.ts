import { isApiError, LIST_PREFIXES } from '@/api/errors'
import { MAX_TITLE_LENGTH } from '@/api/tickets'
import { parseAddressList } from '@/utils/emailAddress'
import type { NewTicketDraft } from './useNewTicketDraft'

/** Form fields a message can stand next to. */
export type NewTicketField =
  | 'queueId'
  | 'customer'
  | 'title'
  | 'body'
  | 'to'
  | 'cc'
  | 'priorityId'
  | 'stateId'
  | 'pendingAt'
  | 'serviceId'
  | 'slaId'
  | 'ownerId'
  | 'typeId'
  | 'timeUnits'
  | 'dynamicFields'

/** Field → i18n key of the message shown next to it. */
export type NewTicketErrors = Partial<Record<NewTicketField, string>>

export interface NewTicketRules {
  /** Whether the agent may create tickets in the queue (`can('create', queueId)`). */
  canCreateIn: (queueId: number) => boolean
  /** Whether the state is a pending one (needs a pending time). */
  isPendingState: (stateId: number) => boolean
  now: number
}

const MAX_TIME_UNITS = 100_000

/** "1,5" or "1.5" → 1.5; empty → null; anything else → NaN. */
export function parseTimeUnits(value: string): number | null {
  const text = value.trim().replace(',', '.')
  if (text === '') return null
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
}

/**
 * Checks the form before anything is sent. Returns one message key per field at fault; empty when
 * the draft may be sent.
 */
export function validateNewTicket(draft: NewTicketDraft, rules: NewTicketRules): NewTicketErrors {
  const errors: NewTicketErrors = {}
  if (draft.queueId === null) errors.queueId = 'newTicket.errors.queueRequired'
  else if (!rules.canCreateIn(draft.queueId)) errors.queueId = 'newTicket.errors.queueNotAllowed'

  if (draft.customer === null && draft.channel !== 'internal') errors.customer = 'newTicket.errors.customerRequired'

  const title = draft.title.trim()
  if (title === '') errors.title = 'newTicket.errors.titleRequired'
  else if (Array.from(title).length > MAX_TITLE_LENGTH) errors.title = 'newTicket.errors.titleTooLong'

  if (draft.body.trim() === '') errors.body = 'newTicket.errors.bodyRequired'

  if (draft.channel === 'email') {
    const to = parseAddressList(draft.to)
    if (to === null) errors.to = 'newTicket.errors.addressInvalid'
    else if (to.length === 0) errors.to = 'newTicket.errors.toRequired'
    if (parseAddressList(draft.cc) === null) errors.cc = 'newTicket.errors.addressInvalid'
  }

  if (draft.priorityId === null) errors.priorityId = 'newTicket.errors.priorityRequired'

  if (draft.stateId !== null && rules.isPendingState(draft.stateId)) {
    if (draft.pendingAt === null) errors.pendingAt = 'newTicket.errors.pendingRequired'
    else if (draft.pendingAt <= rules.now) errors.pendingAt = 'newTicket.errors.pendingInPast'
  }

  if (draft.slaId !== null && draft.serviceId === null) errors.slaId = 'newTicket.errors.slaNeedsService'

  const units = parseTimeUnits(draft.timeUnits)
  if (units !== null && (Number.isNaN(units) || units > MAX_TIME_UNITS)) errors.timeUnits = 'newTicket.errors.timeUnitsInvalid'

  return errors
}

/** The server's names for the fields it may list as missing. */
const SERVER_FIELD_NAMES: Record<string, NewTicketField> = {
  Title: 'title',
  QueueID: 'queueId',
  Queue: 'queueId',
  PriorityID: 'priorityId',
  Priority: 'priorityId',
  Body: 'body',
  State: 'stateId',
  StateID: 'stateId',
  Type: 'typeId',
  TypeID: 'typeId',
  Service: 'serviceId',
  ServiceID: 'serviceId',
  SLA: 'slaId',
  SLAID: 'slaId',
  Owner: 'ownerId',
  OwnerID: 'ownerId',
  PendingTime: 'pendingAt',
}

/** Which field a server step name (`Type`, `DynamicField_X`) refers to, if any. */
export function fieldOfServerName(name: string): NewTicketField | null {
  if (name.startsWith('DynamicField')) return 'dynamicFields'
  return SERVER_FIELD_NAMES[name] ?? null
}

/**
 * Puts a refused create next to the fields it is about, where the server says which: missing
 * required fields, an unknown queue, no permission in the queue, a title the console refused.
 */
export function serverErrorsToFields(error: unknown): NewTicketErrors {
  if (!isApiError(error)) return {}
  const message = error.serverMessage ?? ''
  const errors: NewTicketErrors = {}
  if (message.startsWith(LIST_PREFIXES.requiredFields)) {
    for (const name of message.slice(LIST_PREFIXES.requiredFields.length).split(',')) {
      const field = fieldOfServerName(name.trim())
      if (field) errors[field] = 'newTicket.errors.requiredByServer'
    }
  } else if (message === 'Queue is incorrect') {
    errors.queueId = 'newTicket.errors.queueIncorrect'
  } else if (error.kind === 'no-permission') {
    errors.queueId = 'newTicket.errors.queueNotAllowed'
  } else if (error.code === 'titleTooLong') {
    errors.title = 'newTicket.errors.titleTooLong'
  } else if (error.code === 'invalidPendingTime') {
    errors.pendingAt = 'newTicket.errors.pendingInvalid'
  }
  return errors
}
