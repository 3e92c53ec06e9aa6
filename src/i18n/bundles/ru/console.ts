import { messagesByArea, type MessageTree } from '../../messageTree'

/** The Russian messages of the signed-in screens: every area the sign-in chunk leaves out. */
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
    ],
    { eager: true },
  ),
)
