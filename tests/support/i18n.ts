import { createAppI18n, type SupportedLocale } from '@/i18n'
import { allMessages } from '@/i18n/allMessages'

/** The console's i18n with every language loaded up front (the app fetches them lazily). */
export function createTestI18n(locale: SupportedLocale = 'en') {
  return createAppI18n(locale, allMessages)
}
