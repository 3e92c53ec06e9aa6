import { describe, expect, it } from 'vitest'
import { createAppI18n, createLocaleController } from '@/i18n'
import { allMessages } from '@/i18n/allMessages'
import enConsole from '@/i18n/bundles/en/console'
import enSignIn from '@/i18n/bundles/en/signIn'
import enWork from '@/i18n/bundles/en/work'
import ruConsole from '@/i18n/bundles/ru/console'
import ruSignIn from '@/i18n/bundles/ru/signIn'
import ruWork from '@/i18n/bundles/ru/work'

type Tree = { [key: string]: string | Tree }

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  )
}

const areaFiles = (locale: string) =>
  Object.keys(import.meta.glob('/src/i18n/locales/*/*.ts'))
    .filter((path) => path.includes(`/locales/${locale}/`))
    .map((path) => /([^/]+)\.ts$/.exec(path)![1])
    .sort()

describe('message bundles', () => {
  it('split every language into a sign-in, a console and a work part, each area in exactly one', () => {
    for (const [locale, ...parts] of [
      ['en', enSignIn, enConsole, enWork],
      ['ru', ruSignIn, ruConsole, ruWork],
    ] as const) {
      const areas = parts.flatMap((part) => Object.keys(part))
      expect(new Set(areas).size).toBe(areas.length)
      expect([...areas].sort()).toEqual(areaFiles(locale))
    }
  })

  it('leave the working screens\' texts out of what the dashboard and monitor load', () => {
    expect(Object.keys(enWork).sort()).toEqual(['about', 'compose', 'customers', 'newTicket', 'ticket', 'tickets'])
    expect(Object.keys(ruWork).sort()).toEqual(Object.keys(enWork).sort())
    expect(Object.keys(enConsole)).toContain('dashboard')
  })

  it('give the sign-in page what it shows: the form, errors and the language and theme switches', () => {
    expect(Object.keys(enSignIn).sort()).toEqual(['common', 'errors', 'login', 'lostPassword', 'notFound', 'preferences'])
    expect(Object.keys(ruSignIn).sort()).toEqual(Object.keys(enSignIn).sort())
  })

  it('have the same keys in English and Russian', () => {
    expect(leafKeys(allMessages.ru as Tree).sort()).toEqual(leafKeys(allMessages.en as Tree).sort())
  })
})

describe('locale controller', () => {
  it('loads only the sign-in part at first and the console part once asked for', async () => {
    const i18n = createAppI18n('ru')
    const locales = createLocaleController(i18n)
    await locales.switchTo('ru')
    expect(i18n.global.t('login.submit')).toBe('Войти')
    expect(i18n.global.te('dashboard.title')).toBe(false)
    expect(document.documentElement.lang).toBe('ru')

    await locales.include('console')
    expect(i18n.global.t('dashboard.title')).toBe(allMessages.ru.dashboard && (allMessages.ru.dashboard as Tree).title)
  })

  it('brings every part already needed when the agent switches language', async () => {
    const i18n = createAppI18n('en')
    const locales = createLocaleController(i18n)
    await locales.switchTo('en')
    await locales.include('console')
    expect(i18n.global.availableLocales).toEqual(['en'])

    await locales.switchTo('ru')
    expect(i18n.global.locale.value).toBe('ru')
    expect(i18n.global.t('nav.tickets')).toBe((allMessages.ru.nav as Tree).tickets)
    expect(i18n.global.t('login.submit')).toBe('Войти')
  })

  it('keeps the last choice when the agent switches again while a language is loading', async () => {
    const i18n = createAppI18n('en')
    const locales = createLocaleController(i18n)
    await locales.switchTo('en')
    const toRussian = locales.switchTo('ru')
    const backToEnglish = locales.switchTo('en')
    await Promise.all([toRussian, backToEnglish])
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('lays the site\'s product name over languages loaded before and after', async () => {
    const i18n = createAppI18n('en')
    const locales = createLocaleController(i18n)
    await locales.switchTo('en')
    locales.override({ common: { appName: 'ACME Help Desk' } })
    expect(i18n.global.t('common.appName')).toBe('ACME Help Desk')

    await locales.switchTo('ru')
    expect(i18n.global.t('common.appName')).toBe('ACME Help Desk')
    expect(i18n.global.t('login.submit')).toBe('Войти')
  })

  it('shows the product name as written, braces and all (it is never compiled as a message)', async () => {
    const i18n = createAppI18n('en')
    const locales = createLocaleController(i18n)
    await locales.switchTo('en')
    locales.override({ common: { appName: 'Desk {EU} @ ACME | 24/7' } })
    expect(i18n.global.t('common.appName')).toBe('Desk {EU} @ ACME | 24/7')
  })
})
