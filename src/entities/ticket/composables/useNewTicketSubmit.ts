import { ref } from 'vue'
import { isApiError } from '@/api/errors'
import { createAttachment, createTicket, getTicketList, type ArticleChannel, type DynamicFieldInput, type NewTicket, type SenderType } from '@/api/tickets'
import { useSessionStore } from '@/stores/session'
import type { DraftAttachment, NewTicketChannel, NewTicketDraft } from './useNewTicketDraft'
import { parseTimeUnits } from './useNewTicketValidation'

/**
 * How each channel is sent. Only an e-mail is visible to the customer (and really sent); a phone
 * call is noted as coming from the customer but stays agent-only, as the server decides.
 */
export const CHANNELS: Record<NewTicketChannel, { articleType: ArticleChannel; senderType: SenderType; visibleToCustomer: boolean }> = {
  phone: { articleType: 'Phone', senderType: 'customer', visibleToCustomer: false },
  email: { articleType: 'Email', senderType: 'agent', visibleToCustomer: true },
  internal: { articleType: 'Internal', senderType: 'agent', visibleToCustomer: false },
}

function isFilled(value: DynamicFieldInput): boolean {
  return value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
}

/** The createTicket request for a checked draft (see validateNewTicket). */
export function draftToNewTicket(draft: NewTicketDraft, options: { isPendingState: (stateId: number) => boolean }): NewTicket {
  if (draft.queueId === null || draft.priorityId === null) throw new Error('draftToNewTicket needs a validated draft')
  const channel = CHANNELS[draft.channel]
  const title = draft.title.trim()
  const units = parseTimeUnits(draft.timeUnits)
  const dynamicFields = Object.fromEntries(Object.entries(draft.dynamicFields).filter(([, value]) => isFilled(value)))
  const pending = draft.stateId !== null && options.isPendingState(draft.stateId) && draft.pendingAt !== null
  return {
    title,
    subject: title,
    body: draft.body,
    queueId: draft.queueId,
    priorityId: draft.priorityId,
    typeId: draft.typeId ?? undefined,
    stateId: draft.stateId ?? undefined,
    pending: pending && draft.pendingAt !== null ? { unix: Math.floor(draft.pendingAt / 1000) } : undefined,
    serviceId: draft.serviceId ?? undefined,
    slaId: draft.serviceId !== null ? (draft.slaId ?? undefined) : undefined,
    ownerId: draft.ownerId ?? undefined,
    lock: draft.lock ? 'lock' : 'unlock',
    lockByOwner: draft.lock,
    articleType: channel.articleType,
    senderType: channel.senderType,
    to: draft.channel === 'email' ? draft.to.trim() : undefined,
    cc: draft.channel === 'email' && draft.cc.trim() !== '' ? draft.cc.trim() : undefined,
    customerUserId: draft.customer?.login,
    customerId: draft.customer?.customerId ?? undefined,
    estimated: units !== null && !Number.isNaN(units) && units > 0 ? units : undefined,
    dynamicFields: Object.keys(dynamicFields).length > 0 ? dynamicFields : undefined,
  }
}

export interface NewTicketOutcome {
  ticketId: number
  /** Steps the server could not do although the ticket exists (`Ticket was created but …`). */
  failedSteps: string[]
  failedAttachments: Array<{ filename: string; error: unknown }>
  /** The ticket was found by listing after an unclear answer, not confirmed by the create itself. */
  recovered: boolean
}

export type SubmitPhase = 'idle' | 'checking' | 'creating' | 'uploading' | 'done' | 'error'

/** Messages after which the ticket may exist anyway (or a ticket number was used up). */
const UNCLEAR_MESSAGES = new Set(["Couldn't create ticket", 'Cannot add ticket article'])
/** How far the server's clock may be from ours when looking for the ticket of an unclear create. */
const CLOCK_TOLERANCE_S = 600

/** Whether a failed create may still have left a ticket behind: then never send blindly again. */
export function isUnclearCreateFailure(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.serverMessage && UNCLEAR_MESSAGES.has(error.serverMessage)) return true
  if (error.kind === 'network') return true
  return error.kind === 'server' && error.serverMessage === null
}

interface Created {
  ticketId: number
  failedSteps: string[]
  recovered: boolean
}

interface UnclearAttempt {
  title: string
  queueId: number
  customerUserId: string | null
  sinceUnix: number
}

/**
 * Sends a new ticket and then its attachments, safely:
 * - a second `submit` while one runs joins it (a double click never creates two tickets);
 * - once the ticket exists it is never created again, only missing attachments are sent;
 * - after an answer that leaves it unclear whether the ticket exists ("Couldn't create ticket",
 *   "Cannot add ticket article", a lost connection) the console looks for it by listing, now and
 *   before any further try, and never resends blindly.
 */
export function useNewTicketSubmit() {
  const session = useSessionStore()
  const phase = ref<SubmitPhase>('idle')
  const error = ref<unknown>(null)
  /** An earlier create may have gone through; the next submit checks first. */
  const unclear = ref(false)

  let inFlight: Promise<NewTicketOutcome> | null = null
  let created: Created | null = null
  let unclearAttempt: UnclearAttempt | null = null
  const uploaded = new Set<string>()

  async function findCreated(attempt: UnclearAttempt): Promise<number | null> {
    const me = session.me?.ID
    const answer = await getTicketList({ title: attempt.title, queueIds: [attempt.queueId], limit: 10 })
    const match = answer.Tickets.find(
      (ticket) =>
        ticket.Title === attempt.title &&
        ticket.QueueID === attempt.queueId &&
        (me === undefined || ticket.CreateBy === me) &&
        (ticket.CustomerUserID ?? null) === attempt.customerUserId &&
        ticket.CreateTimeUnix >= attempt.sinceUnix - CLOCK_TOLERANCE_S,
    )
    return match?.TicketID ?? null
  }

  /** Looks for the ticket of an unclear create; once checked, the attempt is settled either way. */
  async function resolveUnclear(attempt: UnclearAttempt): Promise<Created | null> {
    const ticketId = await findCreated(attempt)
    unclearAttempt = null
    unclear.value = false
    return ticketId === null ? null : { ticketId, failedSteps: [], recovered: true }
  }

  async function create(ticket: NewTicket): Promise<Created> {
    phase.value = 'creating'
    const attempt: UnclearAttempt = {
      title: ticket.title,
      queueId: ticket.queueId,
      customerUserId: ticket.customerUserId ?? null,
      sinceUnix: Math.floor(Date.now() / 1000),
    }
    try {
      const result = await createTicket(ticket)
      return { ticketId: result.id, failedSteps: result.failedFields, recovered: false }
    } catch (failure) {
      if (!isUnclearCreateFailure(failure)) throw failure
      unclearAttempt = attempt
      unclear.value = true
      phase.value = 'checking'
      // Check right away; if the check itself fails, the next submit checks again.
      const found = await resolveUnclear(attempt).catch(() => null)
      if (!found) throw failure
      return found
    }
  }

  async function upload(ticketId: number, attachments: DraftAttachment[]): Promise<NewTicketOutcome['failedAttachments']> {
    const failed: NewTicketOutcome['failedAttachments'] = []
    const pending = attachments.filter((file) => !uploaded.has(file.id))
    if (pending.length > 0) phase.value = 'uploading'
    for (const file of pending) {
      try {
        await createAttachment({ ticketId, file: { content: file.content, contentType: file.contentType, filename: file.filename } })
        uploaded.add(file.id)
      } catch (failure) {
        failed.push({ filename: file.filename, error: failure })
      }
    }
    return failed
  }

  async function run(ticket: NewTicket, attachments: DraftAttachment[]): Promise<NewTicketOutcome> {
    error.value = null
    try {
      if (!created && unclearAttempt) {
        phase.value = 'checking'
        created = await resolveUnclear(unclearAttempt)
      }
      if (!created) created = await create(ticket)
      const done = created
      const failedAttachments = await upload(done.ticketId, attachments)
      phase.value = 'done'
      return { ticketId: done.ticketId, failedSteps: done.failedSteps, failedAttachments, recovered: done.recovered }
    } catch (failure) {
      error.value = failure
      phase.value = 'error'
      throw failure
    }
  }

  /** Sends the ticket (or joins the send already running). Rejects with the ApiError that stopped it. */
  function submit(ticket: NewTicket, attachments: DraftAttachment[] = []): Promise<NewTicketOutcome> {
    if (!inFlight) {
      inFlight = run(ticket, attachments).finally(() => {
        inFlight = null
      })
    }
    return inFlight
  }

  /** The ticket this form created, once it exists. */
  const createdTicketId = () => created?.ticketId ?? null

  return { phase, error, unclear, submit, createdTicketId }
}
