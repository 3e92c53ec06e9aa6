import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import type { RouteLocationNormalized } from 'vue-router'
import { configureApi, onSessionExpired } from '@/api/client'
import { createAppI18n, createLocaleController, pickLocale, type MessagePart } from '@/i18n'
import { createAppRouter } from '@/router'
import { usePreferencesStore } from '@/stores/preferences'
import { resettableStoresPlugin } from '@/stores/resetStores'
import { useSessionStore } from '@/stores/session'
import App from './App.vue'
import { afterFirstScreen } from '@/utils/afterFirstScreen'
import { loadDarkTheme, loadRussianLocale } from './lazyNaiveUi'
import { repairNaiveAria } from './naiveAria'
import { loadRuntimeConfig } from './runtimeConfig'
import { configureTicketFeed } from '@/stores/feedSettings'
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
  const app = createApp(App)
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  app.use(pinia)

  const preferences = usePreferencesStore(pinia)
  const session = useSessionStore(pinia)
  const chosenLocale = () => pickLocale(preferences.locale, session.serverLanguage, navigator.language)
  const i18n = createAppI18n(chosenLocale())
  const locales = createLocaleController(i18n)
  // What the first screen needs downloads while config.json is read: the language's messages and,
  // for agents who use them, the dark theme and naive-ui's Russian texts (chunks of their own, so
  // the screen does not flash light or English).
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches === true
  const firstPaintReady = Promise.all([
    locales.switchTo(chosenLocale()),
    preferences.theme === 'dark' || (preferences.theme === 'auto' && prefersDark) ? loadDarkTheme() : null,
    chosenLocale() === 'ru' ? loadRussianLocale() : null,
  ]).catch(() => undefined)

  const config = await loadRuntimeConfig(basePath)
  configureApi({ apiBase: config.apiBase })
  preferences.applySiteDefaults({
    dashboardRefreshSeconds: config.dashboardRefreshSeconds,
    listRefreshSeconds: config.listRefreshSeconds,
  })
  configureTicketFeed({ resyncMinutes: config.fullResyncMinutes })
  app.use(i18n)
  // The admin's product name from config.json replaces the built-in one in every language.
  if (config.title) {
    locales.override({ common: { appName: config.title } })
    document.title = config.title
  }
  watch(chosenLocale, (locale) => void locales.switchTo(locale))

  const router = createAppRouter(basePath)
  // The signed-in screens need the rest of the language: it downloads alongside the screen's own
  // chunk, and the screen shows once both are there (a failed download shows the screen anyway).
  // The dashboard and monitor need only the shell's part; the working screens' part follows once
  // the first screen is complete.
  const screenMessages = (to: RouteLocationNormalized) => {
    if (to.meta.requiresAuth === false) return undefined
    const parts: MessagePart[] = to.meta.shellMessagesOnly ? ['console'] : ['console', 'work']
    return Promise.all(parts.map((part) => locales.include(part))).then(
      () => undefined,
      () => undefined,
    )
  }
  router.beforeEach((to) => void screenMessages(to))
  router.beforeResolve((to) => screenMessages(to))
  afterFirstScreen(() => void locales.include('work').catch(() => undefined))
  app.use(router)

  await firstPaintReady

  onSessionExpired(() => {
    if (!session.isAuthenticated) return
    const current = router.currentRoute.value
    session.markExpired()
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  })

  // Dialogs and menus mount outside #app, so the whole body is watched.
  repairNaiveAria(document.body)
  app.mount('#app')
}

void bootstrap()
