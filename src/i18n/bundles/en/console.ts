import { messagesByArea, type MessageTree } from '../../messageTree'

/**
 * The English messages of the shell, the dashboard and the queue monitor: every area the sign-in
 * and work chunks leave out.
 */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/en/*.ts',
      '!../../locales/en/common.ts',
      '!../../locales/en/errors.ts',
      '!../../locales/en/login.ts',
      '!../../locales/en/lostPassword.ts',
      '!../../locales/en/notFound.ts',
      '!../../locales/en/preferences.ts',
      '!../../locales/en/about.ts',
      '!../../locales/en/compose.ts',
      '!../../locales/en/customers.ts',
      '!../../locales/en/newTicket.ts',
      '!../../locales/en/ticket.ts',
      '!../../locales/en/tickets.ts',
    ],
    { eager: true },
  ),
)
