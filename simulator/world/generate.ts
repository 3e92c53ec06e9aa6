/**
 * The generated part of the world: tickets 32…N over all queues, states, priorities, locks, owners
 * and customers, each with 1–6 articles. Deterministic for a seed; ages relative to the world's clock.
 */
import { createPrng, type Prng } from '../prng'
import { AGENTS, SLAS, STATES, isOpenStateType, type Agent, type CustomerUser } from './reference'
import type { Article, CommunicationChannel, Ticket } from './types'
import type { World, WorldOptions } from './world'
import { TOPICS, pickFollowUp, pickNote, pickReply } from './content'
import { customerAddress, queueAddress } from './addresses'

const DAY = 86400

const QUEUE_WEIGHTS = [[5, 30], [6, 14], [7, 16], [1, 10], [2, 8], [3, 4], [4, 12], [8, 6]] as const
const STATE_WEIGHTS = [[1, 18], [4, 30], [6, 12], [7, 3], [8, 2], [2, 28], [3, 6], [9, 1]] as const
const PRIORITY_WEIGHTS = [[1, 6], [2, 14], [3, 55], [4, 17], [5, 8]] as const

export function generateTickets(world: World, options: WorldOptions): void {
  const prng = createPrng(options.seed)
  const total = Math.max(options.tickets, world.tickets.size)
  for (let id = world.tickets.size + 1; id <= total; id++) {
    generateTicket(world, prng, id, options.now)
  }
}

function ownersFor(world: World, queueId: number): Agent[] {
  // Only agents with rw (or owner) on the queue's group can own its tickets.
  return AGENTS.filter((agent) => world.can(agent, queueId, 'owner'))
}

function generateTicket(world: World, prng: Prng, id: number, now: number): void {
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
    number: world.nextTicketNumber(created, true),
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
    seenBy: new Set(),
  }
  if (prng.chance(0.35)) {
    ticket.dynamicFields.Category = topic.category
    ticket.dynamicFields.CustomerRef = `REF-${2000 + id}`
  }
  if (prng.chance(0.1)) ticket.dynamicFields.Tags = [prng.pick(['vip', 'urgent', 'followup'])]
  world.addTicket(ticket)

  const articleCount = prng.weighted([[1, 25], [2, 30], [3, 22], [4, 12], [5, 7], [6, 4]] as const)
  let time = created
  let hasAgentReply = false
  for (let index = 0; index < articleCount; index++) {
    const kind = index === 0 ? 'customer' : prng.weighted([['reply', 5], ['note', 3], ['followup', 3]] as const)
    hasAgentReply ||= kind === 'reply'
    const article = generateArticle(world, prng, ticket, topic.detail, customer, kind, time, index === 0)
    world.addArticle(article)
    ticket.changed = time
    // Later articles spread over the ticket's life, never into the future.
    time = Math.min(now - 60, time + prng.int(600, Math.max(900, Math.floor(ageSeconds / articleCount))))
  }
  if (open && sla && !hasAgentReply) ticket.firstResponseDue = created + sla.firstResponseMinutes * 60
  markSeen(world, prng, ticket)
}

function pickService(prng: Prng, customer: CustomerUser): number | null {
  if (prng.chance(0.45)) return null
  return customer.serviceIds.length > 0 ? prng.pick(customer.serviceIds) : prng.pick([1, 2])
}

type Kind = 'customer' | 'reply' | 'note' | 'followup'

function generateArticle(
  world: World, prng: Prng, ticket: Ticket, detail: string, customer: CustomerUser, kind: Kind, created: number, first: boolean,
): Article {
  const firstName = customer.firstName ?? 'there'
  const author = world.agentById(ticket.ownerId)
  const channel: CommunicationChannel = kind === 'note' ? 'internal' : first && prng.chance(0.4) ? 'phone' : 'email'
  const id = world.allocateArticleId()
  const queue = world.queueById(ticket.queueId)
  const base: Article = {
    id, ticketId: ticket.id, channel, senderTypeId: 3, isVisibleForCustomer: 1,
    from: customerAddress(customer), to: queueAddress(queue), cc: null, bcc: null, replyTo: null,
    subject: first ? ticket.title : `RE: ${ticket.title}`, body: '', messageId: channel === 'email' ? `<gen-${id}@example.test>` : null,
    inReplyTo: null, references: null, created, createBy: 1, changeBy: 1, files: [], dynamicFields: {}, seenBy: new Set(),
  }
  switch (kind) {
    case 'customer':
      return { ...base, body: `Hello,\n\n${detail}\nCould you please help?\n\nBest regards,\n${firstName}` }
    case 'followup':
      return { ...base, body: `Hello,\n\n${pickFollowUp(prng)}\n\nRegards,\n${firstName}` }
    case 'reply':
      return {
        ...base, senderTypeId: 1, from: 'Support <support@example.test>', to: customerAddress(customer), createBy: ticket.ownerId,
        body: `Dear ${firstName},\n\n${pickReply(prng)}\n\nYour support team`,
      }
    case 'note':
      return {
        ...base, senderTypeId: 1, isVisibleForCustomer: 0, to: null, subject: 'Internal note', createBy: ticket.ownerId,
        from: author ? `${author.firstName} ${author.lastName} <${author.email}>` : 'Support <support@example.test>',
        body: pickNote(prng), dynamicFields: prng.chance(0.3) ? { NoteRef: `NR-${id}` } : {},
      }
  }
}

/** Each agent has read most tickets; roughly one in five has something new for a given agent */
function markSeen(world: World, prng: Prng, ticket: Ticket): void {
  const articles = world.articlesOf(ticket)
  for (const agent of AGENTS) {
    const unseen = prng.chance(0.2)
    articles.forEach((article, index) => {
      if (!unseen || index < articles.length - 1) article.seenBy.add(agent.id)
    })
    if (!unseen) ticket.seenBy.add(agent.id)
  }
}
