/** Ticket changes shared by the update methods, updateTicket, createTicket and createArticle. */
import {
  PRIORITIES, SERVICES, SLAS, STATES, TICKET_TYPES, dynamicFieldByName, stateById, type Agent,
} from '../../world/reference.ts'
import type { DynamicFieldValue, Ticket } from '../../world/types.ts'
import type { World } from '../../world/world.ts'
import { unixFromParts } from '../../time.ts'
import { intParam, stringParam, type Params } from '../context.ts'

/** Resolves "<Name>ID" or "<Name>" against a list: the ID wins when both are given; 0 and "" count as absent */
function resolveByIdOrName<T extends { id: number; name: string }>(items: T[], id: unknown, name: unknown): T | null | undefined {
  const idValue = intParam(id)
  if (idValue !== undefined && idValue !== 0) return items.find((item) => item.id === idValue) ?? null
  if (id !== undefined && id !== '' && id !== 0 && idValue === undefined) return null
  const nameValue = stringParam(name)
  if (nameValue) return items.find((item) => item.name === nameValue) ?? null
  return undefined
}

/** undefined: not given; null: given but unknown */
export const resolveState = (params: Params, idKey = 'StateID', nameKey = 'State') => resolveByIdOrName(STATES, params[idKey], params[nameKey])
export const resolvePriority = (params: Params) => resolveByIdOrName(PRIORITIES, params.PriorityID, params.Priority)
export const resolveType = (params: Params) => resolveByIdOrName(TICKET_TYPES, params.TypeID, params.Type)
export const resolveService = (params: Params) => resolveByIdOrName(SERVICES, params.ServiceID, params.Service)
export const resolveSla = (params: Params) => resolveByIdOrName(SLAS, params.SLAID, params.SLA)
export function resolveQueue(world: World, params: Params) {
  return resolveByIdOrName(world.queues, params.QueueID, params.Queue)
}
export function resolveAgent(world: World, id: unknown, login: unknown): Agent | null | undefined {
  return resolveByIdOrName(world.agents.map((agent) => ({ ...agent, name: agent.login })), id, login)
}

/** The pending time from UntilTimeDateUnix or Year/Month/Day/Hour/Minute (agent's zone); null when invalid */
export function pendingTimeFrom(params: Params, agent: Agent): number | null | undefined {
  const unix = intParam(params.UntilTimeDateUnix)
  if (unix !== undefined && unix !== 0) return unix > 0 ? unix : null
  const parts = ['Year', 'Month', 'Day', 'Hour', 'Minute'].map((key) => intParam(params[key]))
  if (parts.every((part) => part === undefined)) return undefined
  const [year, month, day, hour, minute] = parts
  if (year === undefined || month === undefined || day === undefined) return null
  return unixFromParts(year, month, day, hour ?? 0, minute ?? 0, agent.timeZone)
}

/** Sets the state; a closed state also unlocks the ticket, as the real server does */
export function applyState(ticket: Ticket, stateId: number, now: number): void {
  ticket.stateId = stateId
  const state = stateById.get(stateId)
  if (state?.type === 'closed' && ticket.lockId === 2) {
    ticket.lockId = 1
    ticket.unlockTimeout = now
  }
}

/** Locking someone else's ticket makes the locking agent its owner */
export function applyLock(ticket: Ticket, lock: boolean, agent: Agent, now: number): void {
  if (lock && ticket.ownerId !== agent.id) ticket.ownerId = agent.id
  ticket.lockId = lock ? 2 : 1
  ticket.unlockTimeout = now
}

/** A new owner gets the ticket locked for them */
export function applyOwner(ticket: Ticket, ownerId: number, now: number): void {
  ticket.ownerId = ownerId
  ticket.lockId = 2
  ticket.unlockTimeout = now
}

/** Does a lock held by another agent block state, owner and priority changes? */
export function lockedByOther(ticket: Ticket, agent: Agent): boolean {
  return ticket.lockId === 2 && ticket.ownerId !== agent.id
}

export const OWNER_REQUIRED = 'You must be an owner of the ticket'

/**
 * Writes dynamic fields of one object type; answers the names it could not write (unknown fields).
 * Values are stored as given (the server does not check dropdown keys either).
 */
export function applyDynamicFields(
  target: Record<string, DynamicFieldValue>, values: unknown, objectType: 'Ticket' | 'Article' | 'any',
): { failed: string[]; ticketValues: Record<string, DynamicFieldValue>; articleValues: Record<string, DynamicFieldValue> } {
  const failed: string[] = []
  const ticketValues: Record<string, DynamicFieldValue> = {}
  const articleValues: Record<string, DynamicFieldValue> = {}
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return { failed, ticketValues, articleValues }
  for (const [name, raw] of Object.entries(values as Record<string, unknown>)) {
    const field = dynamicFieldByName.get(name)
    const value = toFieldValue(raw)
    if (!field || value === undefined || (objectType !== 'any' && field.objectType !== objectType)) {
      failed.push(`DynamicField_${name}`)
      continue
    }
    if (field.objectType === 'Ticket') ticketValues[name] = value
    else articleValues[name] = value
    if (objectType !== 'any') target[name] = value
  }
  return { failed, ticketValues, articleValues }
}

function toFieldValue(raw: unknown): DynamicFieldValue | undefined {
  if (typeof raw === 'string' || typeof raw === 'number') return raw
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' || typeof item === 'number')) return raw.map(String)
  if (raw === null) return ''
  return undefined
}
