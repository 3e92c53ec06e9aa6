import { computed } from 'vue'
import { getLanguageList } from '@/api/settings'
import type { Language } from '@/api/types'
import { SUPPORTED_LOCALES, type SupportedLocale } from '@/i18n'
import { useLoader } from './useLoader'

/** The server's language whose ID fits a console locale best: `en` before `en_GB`. */
export function serverLanguageFor(locale: string, languages: readonly Language[]): Language | null {
  const base = locale.toLowerCase().split(/[-_]/)[0]
  const exact = languages.find((language) => language.ID.toLowerCase() === locale.toLowerCase())
  return exact ?? languages.find((language) => language.ID.toLowerCase().split(/[-_]/)[0] === base) ?? null
}

/**
 * The server's interface languages (getLanguageList), used to name the console's locales the way
 * OTRS names them and to say which OTRS language the agent has. The screen works without them.
 */
export function useServerLanguages() {
  const loader = useLoader((signal) => getLanguageList({ signal }).then((answer) => answer.Languages))

  /** The server's name for each console locale, when the server offers it. */
  const localeNames = computed(() => {
    const names: Partial<Record<SupportedLocale, string>> = {}
    for (const locale of SUPPORTED_LOCALES) {
      const language = serverLanguageFor(locale, loader.data.value ?? [])
      if (language) names[locale] = language.Name
    }
    return names
  })

  /** The server's name of an OTRS language ID such as `de` or `en_GB`; null when unknown. */
  function nameOf(languageId: string | null | undefined): string | null {
    if (!languageId) return null
    return loader.data.value?.find((language) => language.ID === languageId)?.Name ?? null
  }

  return { ...loader, localeNames, nameOf }
}
