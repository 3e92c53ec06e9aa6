import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import App from '@/app/App.vue'
import { agentPreferencesKey, usePreferencesStore } from '@/stores/preferences'
import { useSessionStore } from '@/stores/session'
import SignedInServices from '@/views/layout/SignedInServices.vue'
import PreferencesView from '@/views/preferences/PreferencesView.vue'
import { startSimulatorServer } from '../../../simulator'
import { createHarness, eventually } from './harness'

let server: Awaited<ReturnType<typeof startSimulatorServer>>
let wrapper: VueWrapper | null = null

beforeAll(async () => {
  server = await startSimulatorServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
  Reflect.deleteProperty(window, 'Notification')
})

/** The preferences screen with the services every signed-in screen gets from the shell. */
const PreferencesScreen = defineComponent(() => () => h(SignedInServices, null, () => h(PreferencesView)))

/** The whole app (theme, providers) with the preferences screen as its only route. */
async function mountPreferences(): Promise<VueWrapper> {
  const harness = await createHarness(server, {
    routes: [
      { path: '/', name: 'preferences', component: PreferencesScreen },
      { path: '/tickets', name: 'tickets', component: PreferencesScreen },
    ],
    signIn: ['anna.full', 'AnnaFull#2026'],
  })
  wrapper = mount(App, { global: { plugins: harness.plugins }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function storedForAnna(): Record<string, unknown> {
  const id = useSessionStore().me?.ID ?? 0
  return JSON.parse(localStorage.getItem(agentPreferencesKey(id)) ?? '{}') as Record<string, unknown>
}

async function pickRadio(view: VueWrapper, group: string, value: string): Promise<void> {
  await view.find(`[data-testid="${group}"] input[value="${value}"]`).setValue(true)
  await nextTick()
}

/** A stand-in for the browser's Notification API that answers the permission prompt with `answer`. */
function browserNotifications(initial: NotificationPermission, answer: NotificationPermission): { prompts: number } {
  const record = { prompts: 0 }
  let permission = initial
  Object.defineProperty(window, 'Notification', {
    configurable: true,
    value: {
      get permission() {
        return permission
      },
      requestPermission: () => {
        record.prompts += 1
        permission = answer
        return Promise.resolve(answer)
      },
    },
  })
  return record
}

describe('preferences screen', () => {
  it('applies the dark theme to the whole app at once and keeps it for the agent', async () => {
    const view = await mountPreferences()
    const root = view.find('.app-root')
    expect(root.classes()).toContain('theme-light')
    await pickRadio(view, 'preference-theme', 'dark')
    expect(root.classes()).toContain('theme-dark')
    expect(storedForAnna().theme).toBe('dark')
    // The login screen after sign-out keeps the look too.
    expect(localStorage.getItem('otrs-console.pref.theme')).toBe('dark')
  })

  it('stores density and time display per agent, and the example follows the time display', async () => {
    const view = await mountPreferences()
    await pickRadio(view, 'preference-density', 'compact')
    expect(usePreferencesStore().density).toBe('compact')
    await eventually(() => expect(view.find('[data-testid="time-example"]').text()).toBe('Example: a ticket created 3 hours ago'))
    await pickRadio(view, 'preference-time-display', 'absolute')
    expect(view.find('[data-testid="time-example"]').text()).not.toContain('ago')
    expect(storedForAnna()).toMatchObject({ density: 'compact', timeDisplay: 'absolute' })
  })

  it('names the languages as the server does and says which OTRS language "automatic" follows', async () => {
    const view = await mountPreferences()
    await eventually(() => expect(view.text()).toContain('Automatic follows your OTRS language (English (United States)).'))
    expect(view.find('[data-testid="preference-language"]').text()).toBe('Automatic (English (United States))')
  })

  it('shows the agent\'s OTRS time zone', async () => {
    const view = await mountPreferences()
    await eventually(() => expect(view.find('[data-testid="time-zone"]').text()).toBe('Europe/Berlin (from your OTRS profile)'))
  })

  it('asks the browser about notifications only when they are switched on, and keeps them on when allowed', async () => {
    const browser = browserNotifications('default', 'granted')
    const view = await mountPreferences()
    expect(browser.prompts).toBe(0)
    const toggle = view.find('[data-testid="preference-notifications"]')
    expect(toggle.attributes('aria-checked')).toBe('false')
    await toggle.trigger('click')
    await flushPromises()
    expect(browser.prompts).toBe(1)
    expect(toggle.attributes('aria-checked')).toBe('true')
    expect(usePreferencesStore().notificationsEnabled).toBe(true)
  })

  it('leaves notifications off and explains how to allow them when the browser refuses', async () => {
    browserNotifications('default', 'denied')
    const view = await mountPreferences()
    await view.find('[data-testid="preference-notifications"]').trigger('click')
    await flushPromises()
    expect(usePreferencesStore().notificationsEnabled).toBe(false)
    expect(view.find('[data-testid="preference-notifications"]').attributes('aria-checked')).toBe('false')
    expect(view.find('[data-testid="notifications-hint"]').text()).toContain('The browser blocks notifications for this site')
  })

  it('cannot switch notifications on in a browser without them', async () => {
    const view = await mountPreferences()
    expect(view.find('[data-testid="notifications-hint"]').text()).toBe('This browser cannot show notifications.')
    await view.find('[data-testid="preference-notifications"]').trigger('click')
    expect(usePreferencesStore().notificationsEnabled).toBe(false)
  })

  it('turns keyboard shortcuts off and back to the defaults with reset', async () => {
    const view = await mountPreferences()
    const reset = view.find('[data-testid="preferences-reset"]')
    expect(reset.attributes('disabled')).toBeDefined()
    await view.find('[data-testid="preference-shortcuts"]').trigger('click')
    expect(usePreferencesStore().shortcutsEnabled).toBe(false)
    expect(storedForAnna().shortcutsEnabled).toBe(false)
    expect(reset.attributes('disabled')).toBeUndefined()
    await reset.trigger('click')
    expect(usePreferencesStore().shortcutsEnabled).toBe(true)
    expect(storedForAnna()).toEqual({})
  })
})
