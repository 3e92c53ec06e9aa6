/** tickets/getTicketList and the undocumented getTicket / getTicketDeep. */
import { articleRecord, displayValue, rawTicketRecord, ticketDetailFields, ticketListRecord, type JsonObject } from '../../records.ts'
import { CUSTOMER_COMPANIES, DYNAMIC_FIELDS, SETUP_TIME, priorityById, serviceById, slaById, typeById } from '../../world/reference.ts'
import type { Ticket } from '../../world/types.ts'
import { NO_PERMISSION, NO_TICKET, fail, intParam, ok, stringParam, truthy, type CallContext, type Handler } from '../context.ts'
import { buildFilters, sortTickets } from './search.ts'

const DEFAULT_LIMIT = 5

/** A digits-only full-text search that names a ticket number: the server answers with that ticket */
function ticketNumberSearch({ world, agent, now, params }: CallContext, counting: boolean): JsonObject | undefined {
  const text = stringParam(params.FullTextSearch)
  if (!text || !/^\d+$/.test(text)) return undefined
  const found = [...world.tickets.values()].find((ticket) => ticket.number === text)
  const answer: JsonObject = { Count: 0, NeedTokenUpdate: 1 }
  if (counting) return ok(answer)
  // The real server fills this without a permission check (a known leak the console must not display).
  if (found) {
    answer.TicketIDFromFullTextSearch = found.id
    answer.TicketFromFullTextSearch = rawTicketRecord(world, found, agent, now)
  }
  return ok({ ...answer, Tickets: [] })
}

const getTicketList: Handler = (context) => {
  const { world, agent, now, params } = context
  const counting = truthy(params.Count)
  const byNumber = ticketNumberSearch(context, counting)
  if (byNumber) return byNumber

  const dynamicFieldsMode = stringParam(params.DynamicFieldsMode) ?? null
  const ticketId = intParam(params.TicketID)
  let candidates: Ticket[]
  if (params.TicketID !== undefined && params.TicketID !== '') {
    const ticket = ticketId === undefined ? undefined : world.tickets.get(ticketId)
    // Unknown or unreadable tickets are simply absent, never an error.
    candidates = ticket && world.canRead(agent, ticket) ? [ticket] : []
  } else {
    const filters = buildFilters(world, agent, params)
    candidates = []
    for (const ticket of world.tickets.values()) {
      if (world.canRead(agent, ticket) && filters.every((filter) => filter(ticket))) candidates.push(ticket)
    }
  }
  const sorted = sortTickets(world, candidates, params)
  if (!sorted) return ok(counting ? { Count: 0, NeedTokenUpdate: 1 } : { Count: 0, Tickets: [], NeedTokenUpdate: 1 })
  if (counting) return ok({ Count: sorted.length, NeedTokenUpdate: 1 })

  const limit = intParam(params.Limit) ?? DEFAULT_LIMIT
  const offset = Math.max(0, intParam(params.Offset) ?? 0)
  // "Page" is not a getTicketList parameter: ignored on purpose.
  const page = sorted.slice(offset, offset + Math.max(0, limit))
  const detailed = ticketId !== undefined
  return ok({
    Count: sorted.length,
    NeedTokenUpdate: 1,
    Tickets: page.map((ticket) => ({
      ...ticketListRecord(world, ticket, agent, now, dynamicFieldsMode),
      ...(detailed ? ticketDetailFields(world, ticket) : {}),
    })),
  })
}

/** Undocumented; skips the permission check on the real server */
const getTicket: Handler = ({ world, agent, now, params }) => {
  const id = intParam(params.TicketID)
  const ticket = id === undefined ? undefined : world.tickets.get(id)
  if (!ticket) return fail(NO_TICKET)
  return ok({ Tickets: [rawTicketRecord(world, ticket, agent, now)] })
}

/** Undocumented: the ticket with its related records and articles expanded */
const getTicketDeep: Handler = ({ world, agent, now, params }) => {
  const id = intParam(params.TicketID)
  const ticket = id === undefined ? undefined : world.tickets.get(id)
  if (!ticket) return fail(NO_TICKET)
  if (!world.canRead(agent, ticket)) return fail(NO_PERMISSION)
  const company = CUSTOMER_COMPANIES.find((candidate) => candidate.id === ticket.customerId)
  const customer = world.customerUser(ticket.customerUserId)
  const queue = world.queueById(ticket.queueId)
  const service = ticket.serviceId === null ? undefined : serviceById.get(ticket.serviceId)
  const sla = ticket.slaId === null ? undefined : slaById.get(ticket.slaId)
  // Raw TicketGet data: empty article fields are "" here, not null.
  const articles = world.articlesOf(ticket).map((article) => {
    const record = articleRecord(world, ticket, article, agent, now)
    for (const key of ['To', 'Cc', 'Bcc', 'ReplyTo', 'InReplyTo', 'References', 'MessageID']) if (record[key] === null) record[key] = ''
    return record
  })
  const audit = { ValidID: 1, CreateBy: 1, ChangeBy: 1, CreateTime: SETUP_TIME, ChangeTime: SETUP_TIME }
  const reference = (name: string | undefined, idValue: number): JsonObject => ({ ID: idValue, Name: name ?? null, ...audit })
  const userData = (id: number): JsonObject | null => {
    const user = world.agentById(id)
    return user ? { UserID: user.id, UserLogin: user.login, UserFirstname: user.firstName, UserLastname: user.lastName, UserEmail: user.email, ValidID: 1 } : null
  }
  const deep: JsonObject = {
    ...rawTicketRecord(world, ticket, agent, now),
    PriorityData: reference(priorityById.get(ticket.priorityId)?.name, ticket.priorityId),
    TypeData: reference(typeById.get(ticket.typeId)?.name, ticket.typeId),
    QueueData: queue ? { QueueID: queue.id, Name: queue.name, GroupID: queue.groupId, ...audit } : null,
    ServiceData: service ? { ServiceID: service.id, Name: service.name, ParentID: service.parentId, Comment: service.comment, ...audit } : null,
    SLAData: sla ? { SLAID: sla.id, Name: sla.name, ServiceIDs: [...sla.serviceIds], FirstResponseTime: sla.firstResponseMinutes, SolutionTime: sla.solutionMinutes, UpdateTime: 0, ...audit } : null,
    OwnerData: userData(ticket.ownerId),
    ResponsibleData: userData(ticket.responsibleId),
    CreateByData: userData(ticket.createBy),
    CustomerUser: customer ? { UserLogin: customer.login, UserFirstname: customer.firstName, UserLastname: customer.lastName, UserEmail: customer.email, UserCustomerID: customer.customerId, ValidID: 1 } : null,
    CustomerCompany: company ? { CustomerID: company.id, CustomerCompanyName: company.name, CustomerCompanyStreet: company.street, CustomerCompanyZIP: company.zip, CustomerCompanyCity: company.city, CustomerCompanyCountry: company.country, ValidID: 1 } : null,
    TimeUnit: ticket.consumedTime,
    Articles: articles,
    Article: articles[0] ?? null,
  }
  for (const field of DYNAMIC_FIELDS) {
    if (field.objectType === 'Ticket') deep[`DynamicField_${field.name}`] = displayValue(field, ticket.dynamicFields[field.name])
  }
  return ok({ Tickets: [deep] })
}

export const ticketListHandlers: Record<string, Handler> = { getTicketList, getTicket, getTicketDeep }
