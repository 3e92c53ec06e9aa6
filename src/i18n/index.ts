import { createI18n } from 'vue-i18n'

/**
 * Messages live in one file per area and language (`locales/<lang>/<area>.ts`, default export),
 * so each area owns its keys: `t('<area>.<key>')`.
 */
type MessageTree = { [key: string]: string | MessageTree }

export const SUPPORTED_LOCALES = ['en', 'ru'] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

const modules = import.meta.glob<{ default: MessageTree }>('./locales/*/*.ts', { eager: true })

function collectMessages(): Record<SupportedLocale, MessageTree> {
  const messages: Record<string, MessageTree> = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path)
    if (!match) continue
    const [, locale, area] = match
    messages[locale] ??= {}
    messages[locale][area] = module.default
  }
  return messages as Record<SupportedLocale, MessageTree>
}

export const messages = collectMessages()

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** Picks the console locale from a stored choice, the agent's OTRS language, or the browser. */
export function pickLocale(...candidates: Array<string | null | undefined>): SupportedLocale {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0]
    if (isSupportedLocale(base)) return base
  }
  return 'en'
}

export function createAppI18n(locale: SupportedLocale = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
