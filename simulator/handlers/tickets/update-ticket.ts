/**
 * updateTicket: not transactional. Each given field is checked on its own; what passes is applied,
 * values equal to the current ones are skipped, 0 and "" count as not given, and the rest is reported
 * as "The follow parameters wasn't updated: …". Dynamic fields are written without a permission check.
 */
import type { Permission } from '../../world/reference.ts'
import type { Ticket } from '../../world/types.ts'
import { fail, ok, stringParam, truthy, type CallContext, type Handler } from '../context.ts'
import { ticketFor, touch } from './lookup.ts'
import {
  applyDynamicFields, applyLock, applyOwner, applyState, lockedByOther, pendingTimeFrom, resolveAgent, resolvePriority,
  resolveQueue, resolveService, resolveSla, resolveState, resolveType,
} from './ops.ts'

const UPDATABLE = [
  'Title', 'Queue', 'QueueID', 'Type', 'TypeID', 'Service', 'ServiceID', 'SLA', 'SLAID', 'CustomerID', 'CustomerUserID', 'Lock', 'LockID',
  'ArchiveFlag', 'State', 'StateID', 'NewOwner', 'NewOwnerID', 'NewResponsibleUser', 'NewResponsibleUserID', 'Priority', 'PriorityID',
  'UntilTimeDateUnix', 'Year', 'Month', 'Day', 'Hour', 'Minute', 'DynamicFields',
]

function given(value: unknown): boolean {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.keys(value).length > 0
  return truthy(value)
}

/** One field's outcome: applied, skipped (unchanged) or failed */
type Step = (ticket: Ticket) => 'applied' | 'skipped' | 'failed'

const updateTicket: Handler = (context: CallContext) => {
  const found = ticketFor(context, 'ro')
  if (!found.ticket) return found.error
  const ticket = found.ticket
  const { params, agent, world, now } = context
  const has = (...keys: string[]) => keys.some((key) => given(params[key]))
  if (!UPDATABLE.some((key) => given(params[key]))) return fail(`Pass some fields for ticket update: ${UPDATABLE.join(', ')}`)

  const may = (...permissions: Permission[]) => world.can(agent, ticket.queueId, ...permissions)
  const lockRuleBlocks = () => stringParam(params.Rule) !== 'TicketEdit' && lockedByOther(ticket, agent)
  const steps: [string, boolean, Step][] = [
    ['Title', has('Title'), (t) => {
      const title = stringParam(params.Title) ?? ''
      if (!may('rw') || title.length > 255) return 'failed'
      if (title === t.title) return 'skipped'
      t.title = title
      return 'applied'
    }],
    ['Queue', has('Queue', 'QueueID'), (t) => {
      const queue = resolveQueue(world, params)
      if (!queue || !world.can(agent, queue.id, 'move_into') || lockRuleBlocks()) return 'failed'
      if (queue.id === t.queueId) return 'skipped'
      t.queueId = queue.id
      return 'applied'
    }],
    ['Type', has('Type', 'TypeID'), (t) => assign(may('rw'), resolveType(params)?.id, t.typeId, (id) => { t.typeId = id })],
    ['Service', has('Service', 'ServiceID'), (t) => assign(may('rw'), resolveService(params)?.id, t.serviceId, (id) => { t.serviceId = id })],
    ['SLA', has('SLA', 'SLAID'), (t) => assign(may('rw'), resolveSla(params)?.id, t.slaId, (id) => { t.slaId = id })],
    ['Customer', has('CustomerID', 'CustomerUserID'), (t) => {
      if (!may('rw')) return 'failed'
      const customerId = stringParam(params.CustomerID) || t.customerId
      const customerUserId = stringParam(params.CustomerUserID) || t.customerUserId
      if (customerId === t.customerId && customerUserId === t.customerUserId) return 'skipped'
      t.customerId = customerId
      t.customerUserId = customerUserId
      return 'applied'
    }],
    // Locking needs only read access on the real server (a gap the console closes itself).
    ['Lock', has('Lock', 'LockID'), (t) => {
      const lockId = Number(params.LockID)
      const lock = params.Lock === 'lock' || lockId === 2 ? true : params.Lock === 'unlock' || lockId === 1 ? false : undefined
      if (lock === undefined) return 'failed'
      if ((lock ? 2 : 1) === t.lockId) return 'skipped'
      applyLock(t, lock, agent, now)
      return 'applied'
    }],
    ['ArchiveFlag', has('ArchiveFlag'), (t) => (params.ArchiveFlag === t.archiveFlag ? 'skipped' : 'failed')],
    ['State', has('State', 'StateID'), (t) => {
      const state = resolveState(params)
      if (!state || !may('rw') || lockRuleBlocks()) return 'failed'
      if (state.id === t.stateId) return 'skipped'
      applyState(t, state.id, now)
      return 'applied'
    }],
    ['Owner', has('NewOwner', 'NewOwnerID'), (t) => {
      const owner = resolveAgent(world, params.NewOwnerID, params.NewOwner)
      if (!owner || !may('owner') || lockRuleBlocks()) return 'failed'
      if (owner.id === t.ownerId) return 'skipped'
      applyOwner(t, owner.id, now)
      return 'applied'
    }],
    ['Responsible', has('NewResponsibleUser', 'NewResponsibleUserID'), (t) =>
      assign(may('rw'), resolveAgent(world, params.NewResponsibleUserID, params.NewResponsibleUser)?.id, t.responsibleId, (id) => { t.responsibleId = id })],
    ['Priority', has('Priority', 'PriorityID'), (t) => {
      const priority = resolvePriority(params)
      if (!priority || !may('priority') || lockRuleBlocks()) return 'failed'
      if (priority.id === t.priorityId) return 'skipped'
      t.priorityId = priority.id
      return 'applied'
    }],
    ['PendingTime', has('UntilTimeDateUnix', 'Year', 'Month', 'Day', 'Hour', 'Minute'), (t) => {
      const until = pendingTimeFrom(params, agent)
      if (!until || !may('rw')) return 'failed'
      if (until === t.pendingUntil) return 'skipped'
      t.pendingUntil = until
      return 'applied'
    }],
  ]

  const failed: string[] = []
  let changed = false
  for (const [name, isGiven, step] of steps) {
    if (!isGiven) continue
    const outcome = step(ticket)
    if (outcome === 'failed') failed.push(name)
    changed ||= outcome === 'applied'
  }
  if (given(params.DynamicFields)) {
    const result = applyDynamicFields(ticket.dynamicFields, params.DynamicFields, 'Ticket')
    failed.push(...result.failed)
    changed ||= Object.keys(result.ticketValues).length > 0
  }
  if (changed) touch(context, ticket)
  return failed.length > 0 ? fail(`The follow parameters wasn't updated: ${failed.join(', ')}`) : ok()
}

/** Applies an ID-valued field when permitted and known; unchanged values are skipped */
function assign(permitted: boolean, id: number | undefined, current: number | null, apply: (id: number) => void): 'applied' | 'skipped' | 'failed' {
  if (!permitted || id === undefined) return 'failed'
  if (id === current) return 'skipped'
  apply(id)
  return 'applied'
}

export const updateTicketHandlers: Record<string, Handler> = { updateTicket }
