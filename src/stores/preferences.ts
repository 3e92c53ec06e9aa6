import { acceptHMRUpdate, defineStore } from 'pinia'
import { useLocalStorage } from '@vueuse/core'
import type { SupportedLocale } from '@/i18n'

export type ThemePreference = 'light' | 'dark' | 'auto'

/** The agent's own settings, kept in this browser and applied at once. */
export const usePreferencesStore = defineStore('preferences', () => {
  /** null: not chosen yet, follow the agent's OTRS language or the browser. */
  const locale = useLocalStorage<SupportedLocale | null>('otrs-console.locale', null)
  const theme = useLocalStorage<ThemePreference>('otrs-console.theme', 'auto')

  return { locale, theme }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePreferencesStore, import.meta.hot))
