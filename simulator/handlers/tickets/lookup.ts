/** Finding the ticket a call is about, with the real server's error texts. */
import type { Ticket } from '../../world/types.ts'
import type { Permission } from '../../world/reference.ts'
import { NO_PERMISSION, NO_TICKET, fail, intParam, type CallContext } from '../context.ts'
import type { JsonObject } from '../../records.ts'

export type TicketLookup = { ticket: Ticket; error?: undefined } | { ticket?: undefined; error: JsonObject }

/** The ticket named by TicketID, if the agent holds one of the permissions on its queue */
export function ticketFor(context: CallContext, ...permissions: Permission[]): TicketLookup {
  const id = intParam(context.params.TicketID)
  const ticket = id === undefined ? undefined : context.world.tickets.get(id)
  if (!ticket) return { error: fail(NO_TICKET) }
  if (!context.world.can(context.agent, ticket.queueId, ...permissions)) return { error: fail(NO_PERMISSION) }
  return { ticket }
}

/** Marks a ticket as changed by the calling agent */
export function touch(context: CallContext, ticket: Ticket): void {
  ticket.changed = context.now
  ticket.changeBy = context.agent.id
}
