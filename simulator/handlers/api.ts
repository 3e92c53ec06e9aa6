/** Method tables per group, as RS4OTRS_API routes them (Action = group, Subaction = method). */
import type { Handler } from './context'
import { customerHandlers } from './customers'
import { filterHandlers } from './filters'
import { queueHandlers } from './queues'
import { serviceHandlers, slaHandlers } from './services'
import { settingsHandlers, systemHandlers } from './settings'
import { userHandlers } from './users'
import { ticketListHandlers } from './tickets/list'
import { articleHandlers } from './tickets/articles'
import { updateHandlers } from './tickets/updates'
import { updateTicketHandlers } from './tickets/update-ticket'
import { createHandlers } from './tickets/create'

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
