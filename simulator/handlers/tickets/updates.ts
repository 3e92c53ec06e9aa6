/** The single-field update methods (updateTitle … updateLock), with their permission and lock rules. */
import type { Ticket } from '../../world/types.ts'
import { fail, intParam, ok, stringParam, type CallContext, type Handler } from '../context.ts'
import { ticketFor, touch } from './lookup.ts'
import {
  OWNER_REQUIRED, applyLock, applyOwner, applyState, lockedByOther, pendingTimeFrom, resolveAgent, resolvePriority, resolveQueue,
  resolveService, resolveSla, resolveState, resolveType,
} from './ops.ts'
import { NO_PERMISSION } from '../context.ts'

const TITLE_MAX = 255

const updateTitle: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  const title = stringParam(context.params.Title)
  // Titles over 255 characters are refused on update (createTicket cuts them instead).
  if (!title || title.length > TITLE_MAX) return fail('Cannot update Title')
  found.ticket.title = title
  touch(context, found.ticket)
  return ok()
}

/** The shape of updateType / updateService / updateSLA: rw, then a known ID or name */
function simpleUpdate(name: string, resolve: (context: CallContext) => { id: number } | null | undefined, apply: (ticket: Ticket, id: number) => void): Handler {
  return (context) => {
    const found = ticketFor(context, 'rw')
    if (!found.ticket) return found.error
    const target = resolve(context)
    if (!target) return fail(`Cannot update ${name}`)
    apply(found.ticket, target.id)
    touch(context, found.ticket)
    return ok()
  }
}

// Service and customer compatibility is not checked by the real server either.
const updateType = simpleUpdate('Type', (context) => resolveType(context.params), (ticket, id) => { ticket.typeId = id })
const updateService = simpleUpdate('Service', (context) => resolveService(context.params), (ticket, id) => { ticket.serviceId = id })
const updateSLA = simpleUpdate('SLA', (context) => resolveSla(context.params), (ticket, id) => { ticket.slaId = id })

const updateCustomer: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  const customerId = stringParam(context.params.CustomerID)
  const customerUserId = stringParam(context.params.CustomerUserID)
  if (customerId === undefined && customerUserId === undefined) return fail('Cannot update Customer')
  found.ticket.customerId = customerId || null
  // An empty login is stored as "" (and read back as ""), as on the real server.
  found.ticket.customerUserId = customerUserId ?? null
  touch(context, found.ticket)
  return ok()
}

const updateResponsible: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  const user = resolveAgent(context.world, context.params.NewUserID, context.params.NewUser)
  if (!user) return fail('Cannot update Responsible')
  found.ticket.responsibleId = user.id
  touch(context, found.ticket)
  return ok()
}

const updatePriority: Handler = (context) => {
  const found = ticketFor(context, 'priority')
  if (!found.ticket) return found.error
  if (lockedByOther(found.ticket, context.agent)) return fail(OWNER_REQUIRED)
  const priority = resolvePriority(context.params)
  if (!priority) return fail('Cannot update Priority')
  found.ticket.priorityId = priority.id
  touch(context, found.ticket)
  return ok()
}

const updateState: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  if (lockedByOther(found.ticket, context.agent)) return fail(OWNER_REQUIRED)
  const state = resolveState(context.params)
  if (!state || state.id === 5 || state.id === 9) return fail('Cannot update State')
  applyState(found.ticket, state.id, context.now)
  touch(context, found.ticket)
  return ok()
}

/** NewUserID 0 means "me"; the new owner gets the lock; Rule=TicketEdit skips the lock check */
const updateOwner: Handler = (context) => {
  const found = ticketFor(context, 'owner')
  if (!found.ticket) return found.error
  const ticket = found.ticket
  const { params, agent } = context
  const newUser = intParam(params.NewUserID) === 0 && !stringParam(params.NewUser)
    ? agent
    : resolveAgent(context.world, params.NewUserID, params.NewUser)
  if (!newUser) return fail('Cannot update Owner')
  if (newUser.id === ticket.ownerId) return fail('Already you are an owner')
  if (stringParam(params.Rule) !== 'TicketEdit' && lockedByOther(ticket, agent)) return fail(OWNER_REQUIRED)
  applyOwner(ticket, newUser.id, context.now)
  touch(context, ticket)
  return ok()
}

/** Locks (taking ownership of someone else's ticket) or unlocks; any rw agent may break a lock */
const updateLock: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  const lockId = intParam(context.params.LockID)
  const lock = stringParam(context.params.Lock)
  const wanted = lock === 'lock' || lockId === 2 ? true : lock === 'unlock' || lockId === 1 ? false : undefined
  if (wanted === undefined) return fail("Couldn't update lock state")
  applyLock(found.ticket, wanted, context.agent, context.now)
  touch(context, found.ticket)
  return ok()
}

/** Answers OK without parameters and on tickets that are not pending: the real server does too */
const updatePendingTime: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  const until = pendingTimeFrom(context.params, context.agent)
  if (until) {
    found.ticket.pendingUntil = until
    touch(context, found.ticket)
  }
  return ok()
}

/** The archive system is off on the recorded server: every change is refused */
const updateArchiveFlag: Handler = (context) => {
  const found = ticketFor(context, 'rw')
  if (!found.ticket) return found.error
  return fail('Cannot update ArchiveFlag')
}

/** Only the target queue is checked (rw or move_into); an unknown queue reads as "No permission" */
const updateQueue: Handler = (context) => {
  const id = intParam(context.params.TicketID)
  const ticket = id === undefined ? undefined : context.world.tickets.get(id)
  if (!ticket) return fail('No ticket')
  const queue = resolveQueue(context.world, context.params)
  if (!queue || !context.world.can(context.agent, queue.id, 'move_into')) return fail(NO_PERMISSION)
  if (lockedByOther(ticket, context.agent)) return fail(OWNER_REQUIRED)
  ticket.queueId = queue.id
  touch(context, ticket)
  return ok()
}

export const updateHandlers: Record<string, Handler> = {
  updateTitle, updateType, updateService, updateSLA, updateCustomer, updateResponsible, updatePriority, updateState,
  updateOwner, updateLock, updatePendingTime, updateArchiveFlag, updateQueue,
}
