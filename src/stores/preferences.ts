import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, type WritableComputedRef } from 'vue'
import { useLocalStorage, type RemovableRef } from '@vueuse/core'
import { isSupportedLocale, type SupportedLocale } from '@/i18n'
import { useSessionStore } from './session'

export type ThemePreference = 'light' | 'dark' | 'auto'
export type ListDensity = 'compact' | 'comfortable'
export type TimeDisplay = 'relative' | 'absolute'

/** Everything an agent can set on the preferences screen. */
export interface PreferenceValues {
  /** null: not chosen, follow the agent's OTRS language or the browser. */
  locale: SupportedLocale | null
  theme: ThemePreference
  density: ListDensity
  /** Rows per page in ticket lists. */
  pageSize: number
  /** Seconds between automatic refreshes; 0 turns auto-refresh off. */
  dashboardRefreshSeconds: number
  listRefreshSeconds: number
  /** Browser notifications when a view's count grows (asks the browser only when switched on). */
  notificationsEnabled: boolean
  shortcutsEnabled: boolean
  timeDisplay: TimeDisplay
}

export type PreferenceName = keyof PreferenceValues

export const THEMES: readonly ThemePreference[] = ['light', 'dark', 'auto']
export const DENSITIES: readonly ListDensity[] = ['comfortable', 'compact']
export const TIME_DISPLAYS: readonly TimeDisplay[] = ['relative', 'absolute']
export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100]
/** Auto-refresh choices in seconds; 0 is "off". */
export const REFRESH_INTERVALS: readonly number[] = [0, 30, 60, 120, 300, 600]

export const PREFERENCE_DEFAULTS: Readonly<PreferenceValues> = {
  locale: null,
  theme: 'auto',
  density: 'comfortable',
  pageSize: 25,
  dashboardRefreshSeconds: 60,
  listRefreshSeconds: 60,
  notificationsEnabled: false,
  shortcutsEnabled: true,
  timeDisplay: 'relative',
}

const KEY = 'otrs-console.pref.'

/**
 * Where each preference of this browser (the signed-out layer) is kept. The names predate the
 * per-agent layer and other code (and tests that set `otrs-console.pref.theme`) rely on them.
 */
const BROWSER_KEYS: Record<PreferenceName, string> = {
  locale: `${KEY}locale`,
  theme: `${KEY}theme`,
  density: `${KEY}density`,
  pageSize: `${KEY}pageSize`,
  dashboardRefreshSeconds: `${KEY}dashboardRefreshSeconds`,
  listRefreshSeconds: `${KEY}listRefreshSeconds`,
  notificationsEnabled: `${KEY}notifications`,
  shortcutsEnabled: `${KEY}shortcuts`,
  timeDisplay: `${KEY}timeDisplay`,
}

/** The per-agent layer: one JSON object per agent ID. */
export function agentPreferencesKey(agentId: number): string {
  return `${KEY}agent.${agentId}`
}

/** A value as written by hand or by an older version may carry JSON quotes: `"dark"`. */
function unquote(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('"')) return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

function oneOf<T extends string>(allowed: readonly T[]): (value: unknown) => T | undefined {
  return (value) => {
    const plain = unquote(value)
    return allowed.find((candidate) => candidate === plain)
  }
}

function secondsWithin(max: number): (value: unknown) => number | undefined {
  return (value) => {
    if (value === null || value === undefined || value === '') return undefined
    const parsed = typeof value === 'number' ? value : Number(unquote(value))
    return Number.isInteger(parsed) && parsed >= 0 && parsed <= max ? parsed : undefined
  }
}

function flag(value: unknown): boolean | undefined {
  const plain = unquote(value)
  if (plain === true || plain === 'true') return true
  if (plain === false || plain === 'false') return false
  return undefined
}

/**
 * Reads a stored value back, or undefined when it is missing or not a valid choice (a hand-edited
 * or outdated entry must never break a screen).
 */
const VALIDATORS: { [K in PreferenceName]: (value: unknown) => PreferenceValues[K] | undefined } = {
  locale: (value) => {
    const plain = unquote(value)
    return isSupportedLocale(plain) ? plain : undefined
  },
  theme: oneOf(THEMES),
  density: oneOf(DENSITIES),
  pageSize: (value) => {
    const parsed = secondsWithin(1000)(value)
    return parsed !== undefined && parsed > 0 ? parsed : undefined
  },
  dashboardRefreshSeconds: secondsWithin(86_400),
  listRefreshSeconds: secondsWithin(86_400),
  notificationsEnabled: flag,
  shortcutsEnabled: flag,
  timeDisplay: oneOf(TIME_DISPLAYS),
}

const NAMES = Object.keys(PREFERENCE_DEFAULTS) as PreferenceName[]

/** Raw strings: the validators decide what they mean, so a bad entry cannot break the parser. */
const rawString = { read: (value: string): string | null => value, write: (value: string | null): string => String(value) }

type AgentLayer = Partial<Record<PreferenceName, unknown>>

const agentLayerSerializer = {
  read: (value: string): AgentLayer => {
    try {
      const parsed = JSON.parse(value) as unknown
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AgentLayer) : {}
    } catch {
      return {}
    }
  },
  write: (value: AgentLayer): string => JSON.stringify(value),
}

/**
 * The agent's own settings, kept in this browser and applied at once. Every screen reads them
 * from here (`preferences.pageSize`, `preferences.theme`, …); the preferences screen edits them.
 *
 * Two layers: what an agent chose while signed in is kept per agent, so agents sharing a browser
 * keep their own settings; what was chosen on the login screen belongs to the browser and is the
 * fallback for agents who have not chosen themselves. The theme is also remembered for the
 * browser, so the login screen looks like the console the agent just left. Signing out keeps
 * everything: the values are derived, not store state the logout reset could wipe.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const session = useSessionStore()
  const agentId = computed(() => session.me?.ID ?? null)

  const browserLayer = Object.fromEntries(
    NAMES.map((name) => [
      name,
      useLocalStorage<string | null>(BROWSER_KEYS[name], null, { serializer: rawString, writeDefaults: false }),
    ]),
  ) as Record<PreferenceName, RemovableRef<string | null>>

  // Keyed by the signed-in agent; while signed out it points at an entry nobody writes.
  const agentLayer = useLocalStorage<AgentLayer>(
    () => (agentId.value === null ? `${KEY}agent.none` : agentPreferencesKey(agentId.value)),
    {},
    { serializer: agentLayerSerializer, writeDefaults: false },
  )

  /** The site's own defaults from config.json (refresh intervals), over the built-in ones. */
  const siteDefaults = ref<Partial<PreferenceValues>>({})

  function defaultOf<K extends PreferenceName>(name: K): PreferenceValues[K] {
    const fromSite = VALIDATORS[name](siteDefaults.value[name])
    return fromSite ?? PREFERENCE_DEFAULTS[name]
  }

  /** Takes the admin's defaults; what an agent chose stays as chosen. Invalid values are ignored. */
  function applySiteDefaults(defaults: Partial<Pick<PreferenceValues, 'dashboardRefreshSeconds' | 'listRefreshSeconds'>>): void {
    siteDefaults.value = { ...defaults }
  }

  function valueOf<K extends PreferenceName>(name: K): PreferenceValues[K] {
    const validate = VALIDATORS[name]
    if (agentId.value !== null) {
      const stored = agentLayer.value[name]
      // The agent chose "automatic" on purpose: that wins over a language picked on the login screen.
      if (name === 'locale' && stored === null) return PREFERENCE_DEFAULTS[name]
      const own = validate(stored)
      if (own !== undefined) return own
    }
    return validate(browserLayer[name].value) ?? defaultOf(name)
  }

  function writeBrowser<K extends PreferenceName>(name: K, value: PreferenceValues[K]): void {
    // null (the locale's "automatic") removes the entry.
    browserLayer[name].value = value === null ? null : String(value)
  }

  /** Sets one preference for the signed-in agent (or for this browser while signed out). */
  function set<K extends PreferenceName>(name: K, value: PreferenceValues[K]): void {
    if (value !== null && VALIDATORS[name](value) === undefined) return
    if (agentId.value === null) {
      writeBrowser(name, value)
      return
    }
    agentLayer.value = { ...agentLayer.value, [name]: value }
    if (name === 'theme') writeBrowser(name, value)
  }

  function preference<K extends PreferenceName>(name: K): WritableComputedRef<PreferenceValues[K]> {
    return computed({ get: () => valueOf(name), set: (value) => set(name, value) })
  }

  /** Back to the defaults: the agent's own choices are forgotten (signed out: this browser's). */
  function resetToDefaults(): void {
    if (agentId.value === null) {
      for (const name of NAMES) browserLayer[name].value = null
      return
    }
    agentLayer.value = {}
    browserLayer.theme.value = null
  }

  /** Whether the signed-in agent changed anything from the defaults (enables "Reset"). */
  const hasOwnChoices = computed(() =>
    NAMES.some((name) => valueOf(name) !== defaultOf(name)),
  )

  return {
    locale: preference('locale'),
    theme: preference('theme'),
    density: preference('density'),
    pageSize: preference('pageSize'),
    dashboardRefreshSeconds: preference('dashboardRefreshSeconds'),
    listRefreshSeconds: preference('listRefreshSeconds'),
    notificationsEnabled: preference('notificationsEnabled'),
    shortcutsEnabled: preference('shortcutsEnabled'),
    timeDisplay: preference('timeDisplay'),
    hasOwnChoices,
    set,
    resetToDefaults,
    applySiteDefaults,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePreferencesStore, import.meta.hot))
