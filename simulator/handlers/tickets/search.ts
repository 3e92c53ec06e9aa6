/**
 * getTicketList's search semantics as measured on the real server: comma-separated lists, exact
 * text matches unless `%`/`*` wildcards are used, views -1…-7, SortBy/OrderBy and SmartSort.
 */
import type { Agent } from '../../world/reference.ts'
import { PRIORITIES, SERVICES, SLAS, STATES, TICKET_TYPES, isOpenStateType } from '../../world/reference.ts'
import type { Article, Ticket } from '../../world/types.ts'
import type { World } from '../../world/world.ts'
import { idList, intParam, listParam, stringParam, type Params } from '../context.ts'

type Predicate = (ticket: Ticket) => boolean

/** SQL LIKE as OTRS uses it: `%` (and `*` for Title) are wildcards, otherwise the whole value must match */
export function likeMatcher(pattern: string, wildcards: RegExp): (value: string | null) => boolean {
  const source = pattern
    .split(wildcards)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  const regex = new RegExp(`^${source}$`, 'is')
  return (value) => value !== null && regex.test(value)
}

/** A list filter over IDs and names: `QueueIDs` or `Queues`; the ID list wins when both are given */
function idOrNameFilter(
  params: Params, idsKey: string, namesKey: string, names: Map<string, number>, field: (ticket: Ticket) => number | null,
): Predicate | undefined {
  const ids = listParam(params[idsKey])
  const byName = listParam(params[namesKey])
  const chosen = ids !== undefined ? ids : byName
  if (chosen === undefined) return undefined
  if (chosen === null) return () => false
  const wanted = new Set(ids !== undefined ? idList(chosen) : chosen.flatMap((name) => (names.has(name) ? [names.get(name) as number] : [])))
  return (ticket) => {
    const value = field(ticket)
    return value !== null && wanted.has(value)
  }
}

function agentIdFilter(params: Params, key: string, field: (ticket: Ticket) => number[]): Predicate | undefined {
  const list = listParam(params[key])
  if (list === undefined) return undefined
  if (list === null) return () => false
  const wanted = new Set(idList(list))
  return (ticket) => field(ticket).some((id) => wanted.has(id))
}

function articleFieldFilter(world: World, pattern: string | undefined, fields: (article: Article) => (string | null)[]): Predicate | undefined {
  if (!pattern) return undefined
  const matches = likeMatcher(pattern, /%/)
  return (ticket) => world.articlesOf(ticket).some((article) => fields(article).some(matches))
}

function viewFilter(world: World, agent: Agent, viewId: number | undefined): Predicate | undefined {
  switch (viewId) {
    case -1: return (ticket) => ticket.ownerId === agent.id && world.isOpen(ticket)
    case -2: return (ticket) => agent.personalQueueIds.includes(ticket.queueId) && world.isOpen(ticket)
    case -3: return (ticket) => world.isOpen(ticket)
    case -4: return (ticket) => world.stateOf(ticket).type === 'closed'
    // "New notes": not seen by me, closed tickets included.
    case -5: return (ticket) => !ticket.seenBy.has(agent.id)
    case -6: return (ticket) => ticket.lockId === 2 && ticket.ownerId === agent.id
    case -7: return (ticket) => ticket.watcherIds.includes(agent.id)
    // Positive IDs belong to the views add-on, which is not installed: ignored.
    default: return undefined
  }
}

const byName = <T extends { id: number; name: string }>(items: T[]): Map<string, number> => new Map(items.map((item) => [item.name, item.id]))
const QUEUE_NAMES = (world: World): Map<string, number> => byName(world.queues)

/** All filters of a getTicketList call, except TicketID (handled by the caller) */
export function buildFilters(world: World, agent: Agent, params: Params): Predicate[] {
  const filters: (Predicate | undefined)[] = []
  const ticketNumber = stringParam(params.TicketNumber)
  if (ticketNumber) filters.push((ticket) => ticket.number === ticketNumber)
  const title = stringParam(params.Title)
  if (title) {
    const matches = likeMatcher(title, /[*%]/)
    filters.push((ticket) => matches(ticket.title))
  }
  filters.push(
    idOrNameFilter(params, 'QueueIDs', 'Queues', QUEUE_NAMES(world), (ticket) => ticket.queueId),
    idOrNameFilter(params, 'TypeIDs', 'Types', byName(TICKET_TYPES), (ticket) => ticket.typeId),
    idOrNameFilter(params, 'StateIDs', 'States', byName(STATES), (ticket) => ticket.stateId),
    idOrNameFilter(params, 'PriorityIDs', 'Priorities', byName(PRIORITIES), (ticket) => ticket.priorityId),
    idOrNameFilter(params, 'ServiceIDs', 'Services', byName(SERVICES), (ticket) => ticket.serviceId),
    idOrNameFilter(params, 'SLAIDs', 'SLAs', byName(SLAS), (ticket) => ticket.slaId),
    idOrNameFilter(params, 'LockIDs', 'Locks', new Map([['unlock', 1], ['lock', 2], ['tmp_lock', 3]]), (ticket) => ticket.lockId),
    agentIdFilter(params, 'OwnerIDs', (ticket) => [ticket.ownerId]),
    agentIdFilter(params, 'ResponsibleIDs', (ticket) => [ticket.responsibleId]),
    agentIdFilter(params, 'WatchUserIDs', (ticket) => ticket.watcherIds),
  )
  const stateType = stringParam(params.StateType)
  if (stateType) {
    const wanted = stateType.toLowerCase()
    filters.push((ticket) => {
      const type = world.stateOf(ticket).type
      if (wanted === 'open') return isOpenStateType(type)
      if (wanted === 'closed') return type === 'closed'
      return type === wanted
    })
  }
  const customerId = stringParam(params.CustomerID)
  if (customerId) filters.push((ticket) => ticket.customerId === customerId)
  const customerUserLogin = stringParam(params.CustomerUserLogin)
  if (customerUserLogin) filters.push((ticket) => ticket.customerUserId === customerUserLogin)
  filters.push(
    articleFieldFilter(world, stringParam(params.From), (article) => [article.from]),
    articleFieldFilter(world, stringParam(params.To), (article) => [article.to]),
    articleFieldFilter(world, stringParam(params.Cc), (article) => [article.cc]),
    articleFieldFilter(world, stringParam(params.Subject), (article) => [article.subject]),
    articleFieldFilter(world, stringParam(params.Body), (article) => [article.body]),
    articleFieldFilter(world, stringParam(params.FullTextSearch), (article) => [article.from, article.to, article.cc, article.subject, article.body]),
    viewFilter(world, agent, intParam(params.ViewID)),
  )
  return filters.filter((filter): filter is Predicate => filter !== undefined)
}

type SortKey = (ticket: Ticket) => number | string

function sortKeys(world: World): Record<string, SortKey> {
  const escalation = (due: (ticket: Ticket) => number) => (ticket: Ticket) => (world.isOpen(ticket) ? due(ticket) : 0)
  const ownerLogin = (id: number) => world.agentById(id)?.login ?? ''
  return {
    Age: (ticket) => ticket.created,
    Created: (ticket) => ticket.created,
    Changed: (ticket) => ticket.changed,
    Priority: (ticket) => ticket.priorityId,
    State: (ticket) => world.stateOf(ticket).name,
    Queue: (ticket) => world.queueById(ticket.queueId)?.name ?? '',
    Title: (ticket) => ticket.title.toLowerCase(),
    Ticket: (ticket) => ticket.number,
    TicketNumber: (ticket) => ticket.number,
    Owner: (ticket) => ownerLogin(ticket.ownerId),
    Responsible: (ticket) => ownerLogin(ticket.responsibleId),
    CustomerID: (ticket) => ticket.customerId ?? '',
    Lock: (ticket) => ticket.lockId,
    Type: (ticket) => ticket.typeId,
    Service: (ticket) => ticket.serviceId ?? 0,
    SLA: (ticket) => ticket.slaId ?? 0,
    PendingTime: (ticket) => ticket.pendingUntil,
    EscalationTime: escalation(escalationDestination),
    EscalationResponseTime: escalation((ticket) => ticket.firstResponseDue),
    EscalationSolutionTime: escalation((ticket) => ticket.solutionDue),
    EscalationUpdateTime: () => 0,
  }
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Sorting: default newest first ("Age" Down). An unknown SortBy or an OrderBy other than Up/Down
 * gives no tickets at all, as on the real server; returns null then.
 */
export function sortTickets(world: World, tickets: Ticket[], params: Params): Ticket[] | null {
  if (params.SmartSort !== undefined && String(params.SmartSort) === '1') return smartSort(world, tickets)
  const sortBy = params.SortBy === undefined ? ['Age'] : listParam(params.SortBy)
  const orderBy = params.OrderBy === undefined ? [] : listParam(params.OrderBy)
  if (!sortBy || orderBy === null) return null
  const keys = sortKeys(world)
  const order = orderBy ?? []
  if (sortBy.some((name) => !(name in keys)) || order.some((value) => value !== 'Up' && value !== 'Down')) return null
  const criteria = sortBy.map((name, index) => ({ key: keys[name], down: (order[index] ?? 'Down') === 'Down' }))
  return [...tickets].sort((a, b) => {
    for (const { key, down } of criteria) {
      const result = compare(key(a), key(b))
      if (result !== 0) return down ? -result : result
    }
    // Ties: newest first, like the database's natural order here.
    return b.created - a.created || b.id - a.id
  })
}

/** The earliest escalation destination of a ticket (0 = none) */
function escalationDestination(ticket: Ticket): number {
  const dues = [ticket.firstResponseDue, ticket.solutionDue].filter((due) => due > 0)
  return dues.length > 0 ? Math.min(...dues) : 0
}

/** SmartSort: escalating tickets first (latest destination first), then the rest newest first */
function smartSort(world: World, tickets: Ticket[]): Ticket[] {
  const destination = (ticket: Ticket): number => (world.isOpen(ticket) ? escalationDestination(ticket) : 0)
  return [...tickets].sort((a, b) => destination(b) - destination(a) || b.created - a.created || b.id - a.id)
}
