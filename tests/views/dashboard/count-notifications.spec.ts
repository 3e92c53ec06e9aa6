import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '../../support/i18n'
import { usePreferencesStore } from '@/stores/preferences'
import { useCountNotifications, type ObservedCount } from '@/views/dashboard/composables/useCountNotifications'

/** The browser's Notification API, recording what would be shown. */
class FakeNotification {
  static permission: NotificationPermission = 'default'
  static answer: NotificationPermission = 'granted'
  static shown: FakeNotification[] = []
  static async requestPermission(): Promise<NotificationPermission> {
    FakeNotification.permission = FakeNotification.answer
    return FakeNotification.answer
  }
  onclick: (() => void) | null = null
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this)
  }
  close(): void {}
}

function mountNotifications() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const page = () => h('div')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: page },
      { path: '/tickets', name: 'tickets', component: page },
    ],
  })
  let api: ReturnType<typeof useCountNotifications> | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        api = useCountNotifications()
        return () => h('div')
      },
    }),
    { global: { plugins: [pinia, router, createTestI18n('en')] } },
  )
  return { wrapper, router, api: api as ReturnType<typeof useCountNotifications>, preferences: usePreferencesStore() }
}

const round = (open: number, locked: number): ObservedCount[] => [
  { key: 'view:-3', label: 'Open', count: open, to: { name: 'tickets', query: { view: '-3' } } },
  { key: 'view:-6', label: 'My locked', count: locked, to: { name: 'tickets', query: { view: '-6' } } },
]

beforeEach(() => {
  localStorage.clear()
  FakeNotification.permission = 'default'
  FakeNotification.answer = 'granted'
  FakeNotification.shown = []
  vi.stubGlobal('Notification', FakeNotification)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('count notifications', () => {
  it('stay silent until the agent opts in', () => {
    const { api, wrapper } = mountNotifications()
    api.observe(round(10, 2))
    api.observe(round(12, 2))
    expect(FakeNotification.shown).toHaveLength(0)
    wrapper.unmount()
  })

  it('after opting in, announce each view that grew, and a click opens its list', async () => {
    const { api, wrapper, router, preferences } = mountNotifications()
    await api.setEnabled(true)
    expect(preferences.notificationsEnabled).toBe(true)
    api.observe(round(10, 2))
    expect(FakeNotification.shown).toHaveLength(0)

    api.observe(round(12, 1))
    expect(FakeNotification.shown.map((shown) => [shown.title, shown.options.body])).toEqual([
      ['Open: 12', '2 more since the last refresh'],
    ])
    vi.stubGlobal('focus', () => {})
    FakeNotification.shown[0].onclick?.()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets?view=-3'))
    wrapper.unmount()
  })

  it('stay off when the browser refuses, and say so', async () => {
    FakeNotification.answer = 'denied'
    const { api, wrapper, preferences } = mountNotifications()
    await api.setEnabled(true)
    expect(preferences.notificationsEnabled).toBe(false)
    expect(api.support.value).toBe('denied')
    api.observe(round(1, 1))
    api.observe(round(5, 5))
    expect(FakeNotification.shown).toHaveLength(0)
    wrapper.unmount()
  })
})
