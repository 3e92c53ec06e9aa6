import { messagesByArea, type MessageTree } from '../../messageTree'

/** The Russian messages the sign-in page needs, in a small chunk of their own. */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/ru/common.ts',
      '../../locales/ru/errors.ts',
      '../../locales/ru/login.ts',
      '../../locales/ru/lostPassword.ts',
      '../../locales/ru/notFound.ts',
      '../../locales/ru/preferences.ts',
    ],
    { eager: true },
  ),
)
