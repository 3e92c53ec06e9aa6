/** Method tables per group, as RS4OTRS_API routes them (Action = group, Subaction = method). */
import type { Handler } from './context.ts'
import { customerHandlers } from './customers.ts'
import { filterHandlers } from './filters.ts'
import { queueHandlers } from './queues.ts'
import { serviceHandlers, slaHandlers } from './services.ts'
import { settingsHandlers, systemHandlers } from './settings.ts'
import { userHandlers } from './users.ts'
import { ticketListHandlers } from './tickets/list.ts'
import { articleHandlers } from './tickets/articles.ts'
import { updateHandlers } from './tickets/updates.ts'
import { updateTicketHandlers } from './tickets/update-ticket.ts'
import { createHandlers } from './tickets/create.ts'

export const GROUPS: Record<string, Record<string, Handler>> = {
  customers: customerHandlers,
  filters: filterHandlers,
  queues: queueHandlers,
  services: serviceHandlers,
  sla: slaHandlers,
  settings: settingsHandlers,
  system: systemHandlers,
  users: userHandlers,
  tickets: { ...ticketListHandlers, ...articleHandlers, ...updateHandlers, ...updateTicketHandlers, ...createHandlers },
  // auth's methods run before the session check; see http.ts.
  auth: {},
}
