import { shallowRef } from 'vue'
import type { GlobalTheme, NDateLocale, NLocale } from 'naive-ui'

/**
 * The parts of naive-ui that only some agents need, loaded on first use: the dark theme (a style
 * object for every component) and the Russian texts and date-fns locale. Keeping them out of the
 * entry chunk makes the sign-in page lighter for everyone (see `npm run bench`).
 */
export const darkTheme = shallowRef<GlobalTheme | null>(null)
export const russianLocale = shallowRef<{ locale: NLocale; dateLocale: NDateLocale } | null>(null)

let darkLoading: Promise<void> | null = null
let russianLoading: Promise<void> | null = null

export function loadDarkTheme(): Promise<void> {
  darkLoading ??= import('./naiveDark').then((module) => {
    darkTheme.value = module.darkTheme
  })
  return darkLoading
}

export function loadRussianLocale(): Promise<void> {
  russianLoading ??= import('./naiveRussian').then((module) => {
    russianLocale.value = { locale: module.ruRU, dateLocale: module.dateRuRU }
  })
  return russianLoading
}
