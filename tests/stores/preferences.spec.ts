import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { configureApi } from '@/api/client'
import { agentPreferencesKey, PREFERENCE_DEFAULTS, usePreferencesStore } from '@/stores/preferences'
import { resetAllStores, resettableStoresPlugin } from '@/stores/resetStores'
import { useSessionStore } from '@/stores/session'
import { startSimulatorServer } from '../../simulator'

let server: Awaited<ReturnType<typeof startSimulatorServer>>

beforeAll(async () => {
  server = await startSimulatorServer()
  configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
})

afterAll(async () => {
  await server.close()
})

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  server.simulator.reset()
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  setActivePinia(pinia)
})

/** A fresh page load: new stores that read what the last one left in storage. */
function reloadStores(): ReturnType<typeof usePreferencesStore> {
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  setActivePinia(pinia)
  return usePreferencesStore()
}

describe('preferences store', () => {
  it('starts with the defaults when nothing was chosen', () => {
    const preferences = usePreferencesStore()
    expect(preferences.theme).toBe('auto')
    expect(preferences.locale).toBeNull()
    expect(preferences.pageSize).toBe(25)
    expect(preferences.density).toBe('comfortable')
    expect(preferences.timeDisplay).toBe('relative')
    expect(preferences.shortcutsEnabled).toBe(true)
    expect(preferences.notificationsEnabled).toBe(false)
    expect(preferences.hasOwnChoices).toBe(false)
  })

  it('keeps what was chosen on the login screen for this browser, under the documented keys', async () => {
    const preferences = usePreferencesStore()
    preferences.theme = 'dark'
    preferences.locale = 'ru'
    await nextTick()
    expect(localStorage.getItem('otrs-console.pref.theme')).toBe('dark')
    expect(localStorage.getItem('otrs-console.pref.locale')).toBe('ru')
    expect(reloadStores().theme).toBe('dark')
  })

  it('reads a theme set by hand, with or without JSON quotes', () => {
    localStorage.setItem('otrs-console.pref.theme', 'dark')
    expect(reloadStores().theme).toBe('dark')
    localStorage.setItem('otrs-console.pref.theme', '"light"')
    expect(reloadStores().theme).toBe('light')
  })

  it('ignores stored values that are not valid choices', () => {
    localStorage.setItem('otrs-console.pref.theme', 'purple')
    localStorage.setItem('otrs-console.pref.pageSize', '-3')
    localStorage.setItem('otrs-console.pref.listRefreshSeconds', 'soon')
    localStorage.setItem('otrs-console.pref.locale', 'xx')
    const preferences = reloadStores()
    expect(preferences.theme).toBe(PREFERENCE_DEFAULTS.theme)
    expect(preferences.pageSize).toBe(PREFERENCE_DEFAULTS.pageSize)
    expect(preferences.listRefreshSeconds).toBe(PREFERENCE_DEFAULTS.listRefreshSeconds)
    expect(preferences.locale).toBeNull()
  })

  it('refuses an invalid value instead of storing it', async () => {
    const preferences = usePreferencesStore()
    preferences.set('pageSize', 0)
    preferences.set('density', 'huge' as 'compact')
    await nextTick()
    expect(preferences.pageSize).toBe(25)
    expect(preferences.density).toBe('comfortable')
  })

  it('keeps a signed-in agent\'s choices per agent and falls back to the browser\'s', async () => {
    localStorage.setItem('otrs-console.pref.density', 'compact')
    const session = useSessionStore()
    const preferences = usePreferencesStore()
    await session.login('anna.full', 'AnnaFull#2026')
    const annaId = session.me?.ID ?? 0
    expect(preferences.density).toBe('compact')

    preferences.pageSize = 50
    preferences.listRefreshSeconds = 0
    preferences.locale = 'ru'
    await nextTick()
    const stored = JSON.parse(localStorage.getItem(agentPreferencesKey(annaId)) ?? '{}') as Record<string, unknown>
    expect(stored).toMatchObject({ pageSize: 50, listRefreshSeconds: 0, locale: 'ru' })
    // The browser's own entries are untouched: another agent does not inherit Anna's choices.
    expect(localStorage.getItem('otrs-console.pref.pageSize')).toBeNull()
    expect(localStorage.getItem('otrs-console.pref.locale')).toBeNull()

    await session.logout()
    await session.login('nora.note', 'NoraNote#2026')
    expect(preferences.pageSize).toBe(25)
    expect(preferences.locale).toBeNull()
    expect(preferences.density).toBe('compact')

    await session.logout()
    await session.login('anna.full', 'AnnaFull#2026')
    expect(preferences.pageSize).toBe(50)
    expect(preferences.listRefreshSeconds).toBe(0)
    expect(preferences.locale).toBe('ru')
  })

  it('lets an agent go back to the automatic language even when the login screen chose one', async () => {
    const session = useSessionStore()
    const preferences = usePreferencesStore()
    preferences.locale = 'ru'
    await session.login('anna.full', 'AnnaFull#2026')
    expect(preferences.locale).toBe('ru')
    preferences.locale = null
    await nextTick()
    expect(preferences.locale).toBeNull()
    expect(reloadStores().locale).toBeNull()
  })

  it('survives a page reload while signed in', async () => {
    const session = useSessionStore()
    await session.login('anna.full', 'AnnaFull#2026')
    const preferences = usePreferencesStore()
    preferences.timeDisplay = 'absolute'
    preferences.shortcutsEnabled = false
    await nextTick()
    const reloaded = reloadStores()
    expect(reloaded.timeDisplay).toBe('absolute')
    expect(reloaded.shortcutsEnabled).toBe(false)
  })

  it('survives the logout reset of all stores, and the theme stays for the login screen', async () => {
    const session = useSessionStore()
    const preferences = usePreferencesStore()
    await session.login('anna.full', 'AnnaFull#2026')
    preferences.theme = 'dark'
    preferences.pageSize = 100
    await nextTick()
    await session.logout()
    resetAllStores()
    await nextTick()
    expect(preferences.theme).toBe('dark')
    await session.login('anna.full', 'AnnaFull#2026')
    expect(preferences.pageSize).toBe(100)
  })

  it('resets the agent\'s own choices to the defaults', async () => {
    const session = useSessionStore()
    const preferences = usePreferencesStore()
    await session.login('anna.full', 'AnnaFull#2026')
    preferences.density = 'compact'
    preferences.dashboardRefreshSeconds = 300
    expect(preferences.hasOwnChoices).toBe(true)
    preferences.resetToDefaults()
    await nextTick()
    expect(preferences.density).toBe('comfortable')
    expect(preferences.dashboardRefreshSeconds).toBe(60)
    expect(preferences.hasOwnChoices).toBe(false)
  })
})
