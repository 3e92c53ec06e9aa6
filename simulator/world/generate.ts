/**
 * The generated part of the world: tickets 32…N over all queues, states, priorities, locks, owners
 * and customers, each with 1–6 articles. Deterministic for a seed; ages relative to the world's clock.
 *
 * Every ticket draws from its own PRNG (seed × ticket ID), so its articles can be built later, on
 * first access, with exactly the same result: a 50,000-ticket world starts without building 150,000
 * articles it may never show.
 */
import { createPrng, type Prng } from '../prng.ts'
import { AGENTS, SLAS, STATES, isOpenStateType, type Agent, type CustomerUser } from './reference.ts'
import { AgentFlags, type Article, type CommunicationChannel, type Ticket } from './types.ts'
import type { World, WorldOptions } from './world.ts'
import { TOPICS, pickFollowUp, pickNote, pickReply } from './content.ts'
import { customerAddress, queueAddress } from './addresses.ts'
import { SEED_DATE_PREFIX, ticketNumber } from './ticket-number.ts'

const DAY = 86400

const QUEUE_WEIGHTS = [[5, 30], [6, 14], [7, 16], [1, 10], [2, 8], [3, 4], [4, 12], [8, 6]] as const
const STATE_WEIGHTS = [[1, 18], [4, 30], [6, 12], [7, 3], [8, 2], [2, 28], [3, 6], [9, 1]] as const
const PRIORITY_WEIGHTS = [[1, 6], [2, 14], [3, 55], [4, 17], [5, 8]] as const

export function generateTickets(world: World, options: WorldOptions): void {
  const total = Math.max(options.tickets, world.tickets.size)
  for (let id = world.tickets.size + 1; id <= total; id++) {
    const { ticket } = generateTicket(world, options.seed, id, options.now)
    world.addTicket(ticket)
    const firstArticleId = ticket.articleIds[0]
    world.deferArticles(ticket, () => generateTicket(world, options.seed, id, options.now, firstArticleId).articles)
  }
  world.reserveTicketCounter(SEED_DATE_PREFIX, total - 1)
}

/** Mixes seed and ticket ID into one 32-bit PRNG seed */
function ticketSeed(seed: number, id: number): number {
  return Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(id, 0xc2b2ae35)
}

const ownersByQueue = new WeakMap<World, Map<number, Agent[]>>()

/** Only agents with rw (or owner) on the queue's group can own its tickets */
function ownersFor(world: World, queueId: number): Agent[] {
  let byQueue = ownersByQueue.get(world)
  if (!byQueue) {
    byQueue = new Map()
    ownersByQueue.set(world, byQueue)
  }
  let owners = byQueue.get(queueId)
  if (!owners) {
    owners = AGENTS.filter((agent) => world.can(agent, queueId, 'owner'))
    byQueue.set(queueId, owners)
  }
  return owners
}

/**
 * Draws one ticket. Without `articleIdsFrom` it reserves article IDs and works out only what the
 * ticket needs (times, seen flags); with the IDs reserved earlier, the same draws also build the articles.
 * No side effects on the world besides the reservation, so it can run twice for the same ticket.
 */
function generateTicket(world: World, seed: number, id: number, now: number, articleIdsFrom?: number): { ticket: Ticket; articles: Article[] } {
  const withArticles = articleIdsFrom !== undefined
  const prng = createPrng(ticketSeed(seed, id))
  const topic = prng.pick(TOPICS)
  const queueId = prng.weighted(QUEUE_WEIGHTS)
  const stateId = prng.weighted(STATE_WEIGHTS)
  const state = STATES.find((candidate) => candidate.id === stateId) ?? STATES[0]
  const open = isOpenStateType(state.type)
  const customer = prng.pick(world.customerUsers)
  // Newer tickets are more common than old ones: squared distribution over half a year.
  const ageSeconds = Math.floor(prng.next() ** 2 * 180 * DAY) + prng.int(600, 3 * 3600)
  const created = now - ageSeconds
  const owners = ownersFor(world, queueId)
  const owner = prng.weighted(owners.map((agent) => [agent, agent.id === 1 ? 2 : 3] as const))
  const locked = open && prng.chance(0.25)
  const serviceId = pickService(prng, customer)
  const sla = serviceId !== null && prng.chance(0.7) ? SLAS.find((candidate) => candidate.serviceIds.includes(serviceId)) ?? null : null
  const pendingUntil = state.type === 'pending reminder'
    // Half of the reminders are overdue, so "pending-overdue" always has examples.
    ? (prng.chance(0.5) ? now - prng.int(3600, 10 * DAY) : now + prng.int(3600, 14 * DAY))
    : state.type === 'pending auto' ? now + prng.int(DAY, 7 * DAY) : 0

  const ticket: Ticket = {
    id,
    number: ticketNumber(SEED_DATE_PREFIX, id - 1),
    title: topic.title,
    queueId,
    stateId,
    priorityId: prng.weighted(PRIORITY_WEIGHTS),
    typeId: prng.int(1, 4),
    lockId: locked ? 2 : 1,
    ownerId: owner.id,
    responsibleId: prng.pick(owners).id,
    customerId: customer.customerId,
    customerUserId: customer.login,
    serviceId,
    slaId: sla?.id ?? null,
    created,
    changed: created,
    createBy: 1,
    changeBy: owner.id,
    pendingUntil,
    unlockTimeout: locked ? created + prng.int(60, 3600) : 0,
    archiveFlag: 'n',
    firstResponseDue: 0,
    solutionDue: open && sla ? created + sla.solutionMinutes * 60 : 0,
    consumedTime: prng.chance(0.3) ? prng.int(1, 12) * 5 : 0,
    dynamicFields: {},
    watcherIds: prng.chance(0.06) ? [prng.pick(AGENTS).id] : [],
    links: [],
    articleIds: [],
    seenBy: new AgentFlags(),
  }
  if (prng.chance(0.35)) {
    ticket.dynamicFields.Category = topic.category
    ticket.dynamicFields.CustomerRef = `REF-${2000 + id}`
  }
  if (prng.chance(0.1)) ticket.dynamicFields.Tags = [prng.pick(['vip', 'urgent', 'followup'])]

  const articleCount = prng.weighted([[1, 25], [2, 30], [3, 22], [4, 12], [5, 7], [6, 4]] as const)
  const firstArticleId = articleIdsFrom ?? world.reserveArticleIds(id, articleCount)
  const articles: Article[] = []
  let time = created
  let hasAgentReply = false
  for (let index = 0; index < articleCount; index++) {
    const kind = index === 0 ? 'customer' : prng.weighted([['reply', 5], ['note', 3], ['followup', 3]] as const)
    hasAgentReply ||= kind === 'reply'
    const articleId = firstArticleId + index
    ticket.articleIds.push(articleId)
    // Every draw happens in both modes, so lazily built articles match the eager ones exactly.
    const draw = drawArticle(prng, kind, index === 0)
    if (withArticles) articles.push(buildArticle(world, ticket, topic.detail, customer, draw, time, index === 0, articleId))
    ticket.changed = time
    // Later articles spread over the ticket's life, never into the future.
    time = Math.min(now - 60, time + prng.int(600, Math.max(900, Math.floor(ageSeconds / articleCount))))
  }
  if (open && sla && !hasAgentReply) ticket.firstResponseDue = created + sla.firstResponseMinutes * 60
  markSeen(prng, ticket, articles, articleCount)
  return { ticket, articles }
}

function pickService(prng: Prng, customer: CustomerUser): number | null {
  if (prng.chance(0.45)) return null
  return customer.serviceIds.length > 0 ? prng.pick(customer.serviceIds) : prng.pick([1, 2])
}

type Kind = 'customer' | 'reply' | 'note' | 'followup'

/** The random choices behind one article, drawn whether or not the article is built */
interface ArticleDraw { kind: Kind; channel: CommunicationChannel; text: string; noteRef: boolean }

function drawArticle(prng: Prng, kind: Kind, first: boolean): ArticleDraw {
  const channel: CommunicationChannel = kind === 'note' ? 'internal' : first && prng.chance(0.4) ? 'phone' : 'email'
  switch (kind) {
    case 'customer': return { kind, channel, text: '', noteRef: false }
    case 'followup': return { kind, channel, text: pickFollowUp(prng), noteRef: false }
    case 'reply': return { kind, channel, text: pickReply(prng), noteRef: false }
    case 'note': {
      const text = pickNote(prng)
      return { kind, channel, text, noteRef: prng.chance(0.3) }
    }
  }
}

function buildArticle(
  world: World, ticket: Ticket, detail: string, customer: CustomerUser, draw: ArticleDraw, created: number, first: boolean, id: number,
): Article {
  const firstName = customer.firstName ?? 'there'
  const author = world.agentById(ticket.ownerId)
  const queue = world.queueById(ticket.queueId)
  const article: Article = {
    id, ticketId: ticket.id, channel: draw.channel, senderTypeId: 3, isVisibleForCustomer: 1,
    from: customerAddress(customer), to: queueAddress(queue), cc: null, bcc: null, replyTo: null,
    subject: first ? ticket.title : `RE: ${ticket.title}`, body: '', messageId: draw.channel === 'email' ? `<gen-${id}@example.test>` : null,
    inReplyTo: null, references: null, created, createBy: 1, changeBy: 1, files: [], dynamicFields: {}, seenBy: new AgentFlags(),
  }
  switch (draw.kind) {
    case 'customer':
      article.body = `Hello,\n\n${detail}\nCould you please help?\n\nBest regards,\n${firstName}`
      break
    case 'followup':
      article.body = `Hello,\n\n${draw.text}\n\nRegards,\n${firstName}`
      break
    case 'reply':
      Object.assign(article, {
        senderTypeId: 1, from: 'Support <support@example.test>', to: customerAddress(customer), createBy: ticket.ownerId,
        body: `Dear ${firstName},\n\n${draw.text}\n\nYour support team`,
      })
      break
    case 'note':
      Object.assign(article, {
        senderTypeId: 1, isVisibleForCustomer: 0, to: null, subject: 'Internal note', createBy: ticket.ownerId,
        from: author ? `${author.firstName} ${author.lastName} <${author.email}>` : 'Support <support@example.test>',
        body: draw.text, dynamicFields: draw.noteRef ? { NoteRef: `NR-${id}` } : {},
      })
      break
  }
  return article
}

/** Each agent has read most tickets; roughly one in five has something new (its last article) for a given agent */
function markSeen(prng: Prng, ticket: Ticket, articles: Article[], articleCount: number): void {
  for (const agent of AGENTS) {
    const unseen = prng.chance(0.2)
    articles.forEach((article, index) => {
      if (!unseen || index < articleCount - 1) article.seenBy.add(agent.id)
    })
    if (!unseen) ticket.seenBy.add(agent.id)
  }
}
