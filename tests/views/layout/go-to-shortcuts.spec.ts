import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useKeyboardShortcuts } from '@/composables/useKeyboardShortcuts'
import { usePreferencesStore } from '@/stores/preferences'
import AppLayout from '@/views/layout/AppLayout.vue'
import { createTestI18n } from '../../support/i18n'

let wrapper: VueWrapper | null = null
const screenKeys: string[] = []

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  screenKeys.length = 0
  document.body.innerHTML = ''
})

/** A screen with a shortcut of its own on `l` and `d`, as the ticket page has (`l` = lock). */
const Screen = defineComponent({
  setup() {
    useKeyboardShortcuts([
      { keys: 'l', handler: () => screenKeys.push('l') },
      { keys: 'd', handler: () => screenKeys.push('d') },
    ])
    return () => h('p', 'screen')
  },
})

async function mountShell(path: string) {
  localStorage.clear()
  const pinia = createPinia()
  setActivePinia(pinia)
  const names = ['dashboard', 'tickets', 'ticket', 'new-ticket', 'customers', 'monitor', 'preferences', 'about']
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        component: AppLayout,
        children: names.map((name) => ({ path: name === 'ticket' ? 'tickets/:ticketId' : name, name, component: Screen })),
      },
    ],
  })
  await router.push(path)
  await router.isReady()
  wrapper = mount(RouterView, { global: { plugins: [pinia, router, createTestI18n('en')] }, attachTo: document.body })
  await flushPromises()
  return router
}

function press(key: string): void {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

describe('go-to shortcuts of the shell', () => {
  it('g l goes to the ticket list and g d to the dashboard from any screen, without the screen\'s own keys firing', async () => {
    const router = await mountShell('/tickets/42')
    press('g')
    press('l')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('tickets')

    press('g')
    press('d')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('dashboard')
    expect(screenKeys).toEqual([])

    press('l')
    expect(screenKeys).toEqual(['l'])
  })

  it('stay quiet when the agent switched keyboard shortcuts off', async () => {
    const router = await mountShell('/customers')
    usePreferencesStore().shortcutsEnabled = false
    press('g')
    press('d')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('customers')
  })
})
