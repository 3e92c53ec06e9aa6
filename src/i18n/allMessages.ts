import type { LocaleMessages } from './index'
import enConsole from './bundles/en/console'
import enSignIn from './bundles/en/signIn'
import ruConsole from './bundles/ru/console'
import ruSignIn from './bundles/ru/signIn'

/** Every language at once, for checks over all messages (tests, parity); the app loads them lazily. */
export const allMessages: Required<LocaleMessages> = {
  en: { ...enSignIn, ...enConsole },
  ru: { ...ruSignIn, ...ruConsole },
}
