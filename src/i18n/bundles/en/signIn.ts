import { messagesByArea, type MessageTree } from '../../messageTree'

/** The English messages the sign-in page needs, in a small chunk of their own. */
export default messagesByArea(
  import.meta.glob<{ default: MessageTree }>(
    [
      '../../locales/en/common.ts',
      '../../locales/en/errors.ts',
      '../../locales/en/login.ts',
      '../../locales/en/lostPassword.ts',
      '../../locales/en/notFound.ts',
      '../../locales/en/preferences.ts',
    ],
    { eager: true },
  ),
)
