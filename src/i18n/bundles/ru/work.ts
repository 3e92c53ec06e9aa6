import { messagesByArea, type MessageTree } from '../../messageTree'

/** The Russian messages of the working screens (tickets, new ticket, customers, about), loaded when one opens. */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/ru/about.ts',
      '../../locales/ru/compose.ts',
      '../../locales/ru/customers.ts',
      '../../locales/ru/newTicket.ts',
      '../../locales/ru/ticket.ts',
      '../../locales/ru/tickets.ts',
    ],
    { eager: true },
  ),
)
