import { messagesByArea, type MessageTree } from '../../messageTree'

/**
 * The Russian messages of the shell, the dashboard and the queue monitor: every area the sign-in
 * and work chunks leave out.
 */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/ru/*.ts',
      '!../../locales/ru/common.ts',
      '!../../locales/ru/errors.ts',
      '!../../locales/ru/login.ts',
      '!../../locales/ru/lostPassword.ts',
      '!../../locales/ru/notFound.ts',
      '!../../locales/ru/preferences.ts',
      '!../../locales/ru/about.ts',
      '!../../locales/ru/compose.ts',
      '!../../locales/ru/customers.ts',
      '!../../locales/ru/newTicket.ts',
      '!../../locales/ru/ticket.ts',
      '!../../locales/ru/tickets.ts',
    ],
    { eager: true },
  ),
)
