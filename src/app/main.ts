import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import { configureApi, onSessionExpired } from '@/api/client'
import { createAppI18n, pickLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { usePreferencesStore } from '@/stores/preferences'
import { resettableStoresPlugin } from '@/stores/resetStores'
import { useSessionStore } from '@/stores/session'
import App from './App.vue'
import { loadDarkTheme, loadRussianLocale } from './lazyNaiveUi'
import { loadRuntimeConfig } from './runtimeConfig'
import './styles.css'

/**
 * Where the app is served from. Built files use relative asset URLs and the entry chunk lives in
 * `assets/`, so its parent is the base path: one build works under any path without a rebuild.
 * On a deep link the server's `<base href>` (see index.html) keeps `./assets` at the base path.
 */
function detectBasePath(): string {
  if (import.meta.env.DEV) return '/'
  // Resolved in the browser on purpose (vite-ignore keeps Vite from trying to bundle it).
  return new URL(/* @vite-ignore */ '..', import.meta.url).pathname
}

async function bootstrap(): Promise<void> {
  const basePath = detectBasePath()
  const config = await loadRuntimeConfig(basePath)
  configureApi({ apiBase: config.apiBase })

  const app = createApp(App)
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  app.use(pinia)

  const preferences = usePreferencesStore(pinia)
  preferences.applySiteDefaults({
    dashboardRefreshSeconds: config.dashboardRefreshSeconds,
    listRefreshSeconds: config.listRefreshSeconds,
  })
  const session = useSessionStore(pinia)
  const i18n = createAppI18n(pickLocale(preferences.locale, session.serverLanguage, navigator.language))
  app.use(i18n)
  // The admin's product name from config.json replaces the built-in one in every language.
  if (config.title) {
    for (const locale of i18n.global.availableLocales) {
      i18n.global.mergeLocaleMessage(locale, { common: { appName: config.title } })
    }
    document.title = config.title
  }
  watch(
    () => pickLocale(preferences.locale, session.serverLanguage, navigator.language),
    (locale) => {
      i18n.global.locale.value = locale
      document.documentElement.lang = locale
    },
    { immediate: true },
  )

  const router = createAppRouter(basePath)
  app.use(router)

  // The dark theme and Russian texts are chunks of their own: fetch them before the first paint
  // when this agent needs them, so the screen does not flash light or English.
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches === true
  await Promise.all([
    preferences.theme === 'dark' || (preferences.theme === 'auto' && prefersDark) ? loadDarkTheme() : null,
    i18n.global.locale.value === 'ru' ? loadRussianLocale() : null,
  ]).catch(() => undefined)

  onSessionExpired(() => {
    if (!session.isAuthenticated) return
    const current = router.currentRoute.value
    session.markExpired()
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  })

  app.mount('#app')
}

void bootstrap()
