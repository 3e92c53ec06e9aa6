import { createI18n } from 'vue-i18n'
import type { MessageTree } from './messageTree'

export type { MessageTree } from './messageTree'

export const SUPPORTED_LOCALES = ['en', 'ru'] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]
export type LocaleMessages = Partial<Record<SupportedLocale, MessageTree>>

/**
 * Each language comes in three chunks, precompiled at build time (see vite.config.ts): what the
 * sign-in page needs, the shell with the dashboard and monitor, and the working screens (tickets,
 * new ticket, customers, about). An agent downloads only the language the console speaks, the
 * sign-in page only its own part, and the dashboard does not wait for the working screens' texts.
 */
export type MessagePart = 'signIn' | 'console' | 'work'

const bundles: Record<SupportedLocale, Record<MessagePart, () => Promise<{ default: MessageTree }>>> = {
  en: { signIn: () => import('./bundles/en/signIn'), console: () => import('./bundles/en/console'), work: () => import('./bundles/en/work') },
  ru: { signIn: () => import('./bundles/ru/signIn'), console: () => import('./bundles/ru/console'), work: () => import('./bundles/ru/work') },
}

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

/** The console's i18n instance; `messages` are the languages known up front (the app loads them with `switchLocale`). */
export function createAppI18n(locale: SupportedLocale = 'en', messages: LocaleMessages = {}) {
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

type LiteralTree = { [key: string]: (() => string) | LiteralTree }

/**
 * Texts from outside the build (the site's product name) as message functions: the shipped
 * runtime has no message compiler, and a product name is shown as written, braces and all.
 */
function literalMessages(tree: MessageTree): LiteralTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? () => value : literalMessages(value)]),
  )
}

/**
 * Loads languages into the console's i18n instance and switches between them. Each part of a
 * language is fetched once; `override` (the site's product name from config.json) lies over every
 * language; when the agent switches again while a language is still loading, the last choice wins.
 */
export function createLocaleController(i18n: AppI18n) {
  const loading = new Map<string, Promise<void>>()
  const neededParts = new Set<MessagePart>(['signIn'])
  let overrides: MessageTree | null = null
  let latest: SupportedLocale | null = null

  function loadPart(locale: SupportedLocale, part: MessagePart): Promise<void> {
    const key = `${locale}:${part}`
    let pending = loading.get(key)
    if (!pending) {
      pending = bundles[locale][part]().then((module) => {
        i18n.global.mergeLocaleMessage(locale, module.default)
        if (overrides) i18n.global.mergeLocaleMessage(locale, overrides)
      })
      pending.catch(() => loading.delete(key))
      loading.set(key, pending)
    }
    return pending
  }

  function load(locale: SupportedLocale): Promise<void> {
    return Promise.all([...neededParts].map((part) => loadPart(locale, part))).then(() => undefined)
  }

  /** From now on every language comes with `part`; resolves when the current language has it. */
  function include(part: MessagePart): Promise<void> {
    neededParts.add(part)
    return loadPart(i18n.global.locale.value as SupportedLocale, part)
  }

  function override(tree: MessageTree): void {
    overrides = literalMessages(tree) as MessageTree
    for (const locale of i18n.global.availableLocales) i18n.global.mergeLocaleMessage(locale, overrides)
  }

  async function switchTo(locale: SupportedLocale): Promise<void> {
    latest = locale
    await load(locale)
    if (latest !== locale) return
    i18n.global.locale.value = locale
    document.documentElement.lang = locale
  }

  return { include, override, switchTo }
}

export type LocaleController = ReturnType<typeof createLocaleController>
