import { messagesByArea, type MessageTree } from '../../messageTree'

/** The English messages of the signed-in screens: every area the sign-in chunk leaves out. */
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
    ],
    { eager: true },
  ),
)
