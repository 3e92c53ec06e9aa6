import { describe, expect, it } from 'vitest'
import { darkTheme as naiveDarkTheme, dateRuRU, ruRU } from 'naive-ui'
import { darkTheme, loadDarkTheme, loadRussianLocale, russianLocale } from '@/app/lazyNaiveUi'

describe('naive-ui parts loaded on first use', () => {
  it('has no dark theme until it is asked for, then naive-ui\'s own', async () => {
    expect(darkTheme.value).toBeNull()
    await loadDarkTheme()
    expect(darkTheme.value).toBe(naiveDarkTheme)
  })

  it('loads the Russian texts and date locale together, once', async () => {
    expect(russianLocale.value).toBeNull()
    const first = loadRussianLocale()
    expect(loadRussianLocale()).toBe(first)
    await first
    expect(russianLocale.value).toEqual({ locale: ruRU, dateLocale: dateRuRU })
  })
})
