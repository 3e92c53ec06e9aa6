import { acceptHMRUpdate, defineStore } from 'pinia'
import { useLocalStorage } from '@vueuse/core'
import type { SupportedLocale } from '@/i18n'

export type ThemePreference = 'light' | 'dark' | 'auto'
export type ListDensity = 'compact' | 'comfortable'
export type TimeDisplay = 'relative' | 'absolute'

const KEY = 'otrs-console.pref.'

/**
 * The agent's own settings, kept in this browser and applied at once. Every screen reads them
 * from here; the preferences screen edits them.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  /** null: not chosen yet, follow the agent's OTRS language or the browser. */
  const locale = useLocalStorage<SupportedLocale | null>(`${KEY}locale`, null)
  const theme = useLocalStorage<ThemePreference>(`${KEY}theme`, 'auto')
  const density = useLocalStorage<ListDensity>(`${KEY}density`, 'comfortable')
  const pageSize = useLocalStorage<number>(`${KEY}pageSize`, 25)
  /** Seconds between automatic refreshes; 0 turns auto-refresh off. */
  const dashboardRefreshSeconds = useLocalStorage<number>(`${KEY}dashboardRefreshSeconds`, 60)
  const listRefreshSeconds = useLocalStorage<number>(`${KEY}listRefreshSeconds`, 60)
  /** Browser notifications when a view's count grows (asks the browser only when switched on). */
  const notificationsEnabled = useLocalStorage<boolean>(`${KEY}notifications`, false)
  const shortcutsEnabled = useLocalStorage<boolean>(`${KEY}shortcuts`, true)
  const timeDisplay = useLocalStorage<TimeDisplay>(`${KEY}timeDisplay`, 'relative')

  return {
    locale,
    theme,
    density,
    pageSize,
    dashboardRefreshSeconds,
    listRefreshSeconds,
    notificationsEnabled,
    shortcutsEnabled,
    timeDisplay,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePreferencesStore, import.meta.hot))
