import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PREFERENCE_DEFAULTS, usePreferencesStore } from '@/stores/preferences'

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  setActivePinia(createPinia())
})

describe('site defaults from config.json', () => {
  it('replace the built-in refresh intervals until the agent chooses', () => {
    const preferences = usePreferencesStore()
    expect(preferences.dashboardRefreshSeconds).toBe(PREFERENCE_DEFAULTS.dashboardRefreshSeconds)
    preferences.applySiteDefaults({ dashboardRefreshSeconds: 120, listRefreshSeconds: 300 })
    expect(preferences.dashboardRefreshSeconds).toBe(120)
    expect(preferences.listRefreshSeconds).toBe(300)
    expect(preferences.hasOwnChoices).toBe(false)

    preferences.dashboardRefreshSeconds = 30
    expect(preferences.dashboardRefreshSeconds).toBe(30)
    expect(preferences.hasOwnChoices).toBe(true)
  })

  it('ignore values the console does not offer', () => {
    const preferences = usePreferencesStore()
    preferences.applySiteDefaults({ dashboardRefreshSeconds: -5, listRefreshSeconds: undefined })
    expect(preferences.dashboardRefreshSeconds).toBe(PREFERENCE_DEFAULTS.dashboardRefreshSeconds)
    expect(preferences.listRefreshSeconds).toBe(PREFERENCE_DEFAULTS.listRefreshSeconds)
  })
})
