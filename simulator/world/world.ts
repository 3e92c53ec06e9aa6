/**
 * The simulator's world: reference data plus the mutable tickets, articles and customer users.
 * Built deterministically from a seed; `buildWorld` again gives the same world (relative to the clock).
 */
import {
  AGENTS, CUSTOMER_USERS, QUEUES, STATES, groupById, stateById, isOpenStateType,
  type Agent, type CustomerUser, type Permission, type Queue,
} from './reference.ts'
import type { Article, Ticket } from './types.ts'
import { buildFixtureTickets } from './seed-fixtures.ts'
import { generateTickets } from './generate.ts'
import { SEED_DATE_PREFIX, datePrefixOf, ticketNumber } from './ticket-number.ts'

export interface WorldOptions {
  seed: number
  /** Total number of tickets (the 31 fixture-shaped ones included) */
  tickets: number
  /** Unix seconds the ages are measured from */
  now: number
}

export class World {
  readonly tickets = new Map<number, Ticket>()
  /** Articles built so far; generated tickets build theirs on first access (see generate.ts) */
  private readonly articleStore = new Map<number, Article>()
  /** Generated tickets whose articles are not built yet, with the builder */
  private readonly deferred = new Map<number, () => Article[]>()
  /** For deferred tickets: first reserved article ID and the ticket, in ascending order (binary search) */
  private readonly reservedFrom: number[] = []
  private readonly reservedFor: number[] = []
  readonly customerUsers: CustomerUser[] = CUSTOMER_USERS.map((user) => ({ ...user, serviceIds: [...user.serviceIds] }))
  readonly agents: Agent[] = AGENTS
  readonly queues: Queue[] = QUEUES
  /** Per creation day: the last ticket counter used (Znuny's DateChecksum counter) */
  private readonly ticketCounters = new Map<string, number>()
  private nextTicketId = 1
  private nextArticleId = 1

  constructor(readonly builtAt: number) {}

  allocateTicketId(): number { return this.nextTicketId++ }
  allocateArticleId(): number { return this.nextArticleId++ }
  /** Registers a ticket built elsewhere (seeding) and keeps the ID counters ahead of it */
  addTicket(ticket: Ticket): void {
    this.tickets.set(ticket.id, ticket)
    this.nextTicketId = Math.max(this.nextTicketId, ticket.id + 1)
  }
  addArticle(article: Article): void {
    this.articleStore.set(article.id, article)
    this.nextArticleId = Math.max(this.nextArticleId, article.id + 1)
    this.tickets.get(article.ticketId)?.articleIds.push(article.id)
  }

  /** Reserves consecutive article IDs for a generated ticket; answers the first */
  reserveArticleIds(ticketId: number, count: number): number {
    const first = this.nextArticleId
    this.nextArticleId += count
    this.reservedFrom.push(first)
    this.reservedFor.push(ticketId)
    return first
  }

  /** Registers how to build a ticket's (already reserved) articles when first needed */
  deferArticles(ticket: Ticket, build: () => Article[]): void {
    this.deferred.set(ticket.id, build)
  }

  private materialize(ticketId: number): void {
    const build = this.deferred.get(ticketId)
    if (!build) return
    this.deferred.delete(ticketId)
    for (const article of build()) this.articleStore.set(article.id, article)
  }

  /** An article by ID (building its ticket's articles if they are still deferred) */
  article(id: number): Article | undefined {
    const known = this.articleStore.get(id)
    if (known || this.deferred.size === 0) return known
    let low = 0
    let high = this.reservedFrom.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.reservedFrom[middle] <= id) low = middle + 1
      else high = middle - 1
    }
    if (high >= 0) this.materialize(this.reservedFor[high])
    return this.articleStore.get(id)
  }

  /** Next ticket number for a ticket created at `unixSeconds` */
  nextTicketNumber(unixSeconds: number, seeded = false): string {
    const prefix = seeded ? SEED_DATE_PREFIX : datePrefixOf(unixSeconds)
    const counter = (this.ticketCounters.get(prefix) ?? 0) + 1
    this.ticketCounters.set(prefix, counter)
    return ticketNumber(prefix, counter)
  }
  /** Seeded numbers are fixed; keeps the counter past them */
  reserveTicketCounter(prefix: string, counter: number): void {
    this.ticketCounters.set(prefix, Math.max(this.ticketCounters.get(prefix) ?? 0, counter))
  }

  agentById(id: number): Agent | undefined { return this.agents.find((agent) => agent.id === id) }
  agentByLogin(login: string): Agent | undefined { return this.agents.find((agent) => agent.login === login) }
  private readonly queueIndex = new Map(QUEUES.map((queue) => [queue.id, queue]))
  private readonly permissionCache = new Map<string, Set<Permission>>()

  queueById(id: number): Queue | undefined { return this.queueIndex.get(id) }
  queueByName(name: string): Queue | undefined { return this.queues.find((queue) => queue.name === name) }
  customerUser(login: string | null): CustomerUser | undefined {
    return login === null ? undefined : this.customerUsers.find((user) => user.login === login)
  }

  /** Permissions of an agent on a group; `rw` stands for all of them */
  permissionsOn(agent: Agent, groupId: number): ReadonlySet<Permission> {
    // Agents' permissions are fixed, so the sets are built once (list searches check them per ticket).
    const key = `${agent.id}:${groupId}`
    let held = this.permissionCache.get(key)
    if (!held) {
      held = new Set(agent.permissions[groupId] ?? [])
      this.permissionCache.set(key, held)
    }
    return held
  }
  /** Does the agent hold any of the given permissions (or rw) on the queue's group? */
  can(agent: Agent, queueId: number, ...wanted: Permission[]): boolean {
    const queue = this.queueById(queueId)
    if (!queue) return false
    const held = this.permissionsOn(agent, queue.groupId)
    if (held.has('rw')) return true
    // Every permission implies read access in Znuny's group model.
    if (wanted.includes('ro') && held.size > 0) return true
    return wanted.some((permission) => held.has(permission))
  }
  canRead(agent: Agent, ticket: Ticket): boolean { return this.can(agent, ticket.queueId, 'ro') }

  stateOf(ticket: Ticket) { return stateById.get(ticket.stateId) ?? STATES[0] }
  isOpen(ticket: Ticket): boolean { return isOpenStateType(this.stateOf(ticket).type) }
  groupOf(ticket: Ticket): number { return this.queueById(ticket.queueId)?.groupId ?? 1 }
  groupName(groupId: number): string { return groupById.get(groupId)?.name ?? 'users' }

  /** Articles of a ticket, oldest first */
  articlesOf(ticket: Ticket): Article[] {
    this.materialize(ticket.id)
    const result: Article[] = []
    for (const id of ticket.articleIds) {
      const article = this.articleStore.get(id)
      if (article) result.push(article)
    }
    return result
  }
}

export function buildWorld(options: WorldOptions): World {
  const world = new World(options.now)
  buildFixtureTickets(world, options.now)
  generateTickets(world, options)
  return world
}
