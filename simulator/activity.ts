/**
 * Background activity: other agents and customers working while the console watches. N events a
 * minute, at fixed times after the (re)start of the world, each decided by its own seeded PRNG, so
 * the same seed, rate and clock always give the same world. Nothing runs on a timer: every API call
 * first applies the events whose time has come (`catchUp`), which keeps the simulator usable under
 * fake timers and costs nothing while nobody asks.
 */
import { createPrng, type Prng } from './prng.ts'
import { AgentFlags, type Article, type Ticket } from './world/types.ts'
import type { World } from './world/world.ts'
import { PRIORITIES } from './world/reference.ts'

export type ActivityKind = 'create' | 'reply' | 'note' | 'priority' | 'move' | 'lock' | 'unlock' | 'close' | 'pending' | 'reopen'

export interface ActivityEvent { kind: ActivityKind; ticketId: number; at: number }

/** Agents who are not the console's usual test agents' own hands: admin and nora. */
const ACTORS = [1, 4]
/** Queues the activity touches (all but Restricted, so most of it is visible to the test agents). */
const QUEUE_IDS = [1, 2, 3, 4, 5, 6, 7]
const KINDS: ReadonlyArray<readonly [ActivityKind, number]> = [
  ['create', 3], ['reply', 3], ['note', 2], ['priority', 2], ['move', 2], ['lock', 2], ['unlock', 1], ['close', 3], ['pending', 1], ['reopen', 1],
]

function hash32(a: number, b: number): number {
  let value = (0x811c9dc5 ^ a) >>> 0
  value = Math.imul(value ^ b, 0x01000193) >>> 0
  value = Math.imul(value ^ (b >>> 16), 0x01000193) >>> 0
  return value
}

export class Activity {
  /** How many events were applied since the start */
  private applied = 0
  readonly log: ActivityEvent[] = []

  /**
   * @param perMinute events per minute (0 = none)
   * @param seed decides what each event does
   * @param startMs the world's (re)start, in the simulator's clock
   * @param limit stop after this many events (a journey compares a settled world)
   */
  constructor(readonly perMinute: number, private readonly seed: number, private readonly startMs: number, private readonly limit = Infinity) {}

  /** Time (ms) of event number `index` (0-based): evenly spaced, the first one period after the start */
  private timeOf(index: number): number {
    return this.startMs + Math.round(((index + 1) * 60_000) / this.perMinute)
  }

  /** Applies every event due at `nowMs`; answers how many were applied now */
  catchUp(world: World, nowMs: number): number {
    if (!(this.perMinute > 0)) return 0
    let count = 0
    while (this.applied < this.limit && this.timeOf(this.applied) <= nowMs) {
      const at = Math.floor(this.timeOf(this.applied) / 1000)
      const event = applyEvent(world, createPrng(hash32(this.seed, this.applied)), at)
      if (event) this.log.push(event)
      this.applied++
      count++
    }
    return count
  }
}

function pickTicket(world: World, dice: Prng, wanted: (ticket: Ticket) => boolean): Ticket | undefined {
  // Tickets by ID in creation order: the choice depends only on the world and the dice.
  const ids = [...world.tickets.keys()]
  for (let attempt = 0; attempt < 40; attempt++) {
    const ticket = world.tickets.get(dice.pick(ids))
    if (ticket && QUEUE_IDS.includes(ticket.queueId) && wanted(ticket)) return ticket
  }
  return undefined
}

function addArticle(world: World, ticket: Ticket, actor: number, at: number, kind: 'customer' | 'note'): void {
  const article: Article = {
    id: world.allocateArticleId(),
    ticketId: ticket.id,
    channel: kind === 'customer' ? 'email' : 'internal',
    senderTypeId: kind === 'customer' ? 3 : 1,
    isVisibleForCustomer: kind === 'customer' ? 1 : 0,
    from: kind === 'customer' ? 'John Doe <jdoe@acme.example.test>' : 'Admin OTRS <root@localhost>',
    to: kind === 'customer' ? 'support@example.test' : null,
    cc: null,
    bcc: null,
    replyTo: null,
    subject: `Re: ${ticket.title}`,
    body: kind === 'customer' ? 'Any news on this? It still happens.' : 'Checked with the vendor, waiting for their answer.',
    messageId: null,
    inReplyTo: null,
    references: null,
    created: at,
    createBy: actor,
    changeBy: actor,
    files: [],
    dynamicFields: {},
    seenBy: new AgentFlags(kind === 'customer' ? [] : [actor]),
  }
  world.addArticle(article)
  // New text on the ticket: news for everyone but the author.
  ticket.seenBy = new AgentFlags(kind === 'customer' ? [] : [actor])
}

function touch(ticket: Ticket, actor: number, at: number): void {
  ticket.changed = at
  ticket.changeBy = actor
}

const isOpen = (world: World) => (ticket: Ticket) => world.isOpen(ticket)

function applyEvent(world: World, dice: Prng, at: number): ActivityEvent | undefined {
  const kind = dice.weighted(KINDS)
  const actor = dice.pick(ACTORS)
  if (kind === 'create') {
    const queueId = dice.pick(QUEUE_IDS)
    const ticket: Ticket = {
      id: world.allocateTicketId(),
      number: world.nextTicketNumber(at),
      title: dice.pick(['Printer offline again', 'Cannot log in to the VPN', 'Invoice question', 'Laptop battery swollen', 'Mail quota exceeded']),
      queueId,
      stateId: 1,
      priorityId: dice.int(2, 4),
      typeId: 1,
      lockId: 1,
      ownerId: 1,
      responsibleId: 1,
      customerId: 'ACME',
      customerUserId: 'jdoe',
      serviceId: null,
      slaId: null,
      created: at,
      changed: at,
      createBy: 1,
      changeBy: 1,
      pendingUntil: 0,
      unlockTimeout: 0,
      archiveFlag: 'n',
      // Some new tickets come with a running escalation, so the buckets move too.
      firstResponseDue: dice.chance(0.5) ? at + dice.int(5, 240) * 60 : 0,
      solutionDue: 0,
      consumedTime: 0,
      dynamicFields: {},
      watcherIds: [],
      links: [],
      articleIds: [],
      seenBy: new AgentFlags(),
    }
    world.addTicket(ticket)
    addArticle(world, ticket, 1, at, 'customer')
    return { kind, ticketId: ticket.id, at }
  }
  const ticket = kind === 'reopen'
    ? pickTicket(world, dice, (candidate) => world.stateOf(candidate).type === 'closed')
    : pickTicket(world, dice, isOpen(world))
  if (!ticket) return undefined
  switch (kind) {
    case 'reply':
      addArticle(world, ticket, actor, at, 'customer')
      if (world.stateOf(ticket).type !== 'new') ticket.stateId = 4
      break
    case 'note':
      addArticle(world, ticket, actor, at, 'note')
      break
    case 'priority':
      ticket.priorityId = dice.pick(PRIORITIES.filter((priority) => priority.id !== ticket.priorityId)).id
      break
    case 'move':
      ticket.queueId = dice.pick(QUEUE_IDS.filter((id) => id !== ticket.queueId))
      break
    case 'lock':
      ticket.ownerId = actor
      ticket.lockId = 2
      ticket.unlockTimeout = at
      break
    case 'unlock':
      ticket.lockId = 1
      ticket.unlockTimeout = at
      break
    case 'close':
      ticket.stateId = dice.chance(0.8) ? 2 : 3
      if (ticket.lockId === 2) {
        ticket.lockId = 1
        ticket.unlockTimeout = at
      }
      break
    case 'pending':
      ticket.stateId = 6
      ticket.pendingUntil = at + dice.int(-120, 600) * 60
      break
    case 'reopen':
      ticket.stateId = 4
      break
  }
  touch(ticket, actor, at)
  return { kind, ticketId: ticket.id, at }
}

