import { messagesByArea, type MessageTree } from '../../messageTree'

/** The English messages of the working screens (tickets, new ticket, customers, about), loaded when one opens. */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/en/about.ts',
      '../../locales/en/compose.ts',
      '../../locales/en/customers.ts',
      '../../locales/en/newTicket.ts',
      '../../locales/en/ticket.ts',
      '../../locales/en/tickets.ts',
    ],
    { eager: true },
  ),
)
