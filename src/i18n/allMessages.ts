import type { LocaleMessages } from './index'
import enConsole from './bundles/en/console'
import enSignIn from './bundles/en/signIn'
import enWork from './bundles/en/work'
import ruConsole from './bundles/ru/console'
import ruSignIn from './bundles/ru/signIn'
import ruWork from './bundles/ru/work'

/** Every language at once, for checks over all messages (tests, parity); the app loads them lazily. */
export const allMessages: Required<LocaleMessages> = {
  en: { ...enSignIn, ...enConsole, ...enWork },
  ru: { ...ruSignIn, ...ruConsole, ...ruWork },
}
