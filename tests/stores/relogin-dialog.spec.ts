import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { countTickets } from '@/api/tickets'
import ReloginDialog from '@/entities/session/ReloginDialog.vue'
import { createTestI18n } from '../support/i18n'
import { useSessionStore } from '@/stores/session'
import { jsonReply } from '../api/support/fixtureServer'
import { useFixtureServer } from '../api/support/useFixtureServer'

const context = useFixtureServer()
let pinia: Pinia
let wrapper: VueWrapper | null = null

async function until(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await flushPromises()
  }
}

const dialog = () => document.body.querySelector<HTMLElement>('[data-testid="relogin-dialog"]')
const passwordInput = () => document.body.querySelector<HTMLInputElement>('#relogin-password')
const button = (id: string) => document.body.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)

async function typePassword(value: string): Promise<void> {
  const input = passwordInput()
  expect(input).not.toBeNull()
  input!.value = value
  input!.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(async () => {
  sessionStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
  context.server.expect('auth/login.ok')
  await useSessionStore().login('root@localhost', 'RootLab#2026')
  wrapper = mount(ReloginDialog, { global: { plugins: [pinia, createTestI18n('en')] }, attachTo: document.body })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

describe('re-login dialog', () => {
  it('appears on expiry, signs the same agent in again, and the waiting read completes', { timeout: 30000 }, async () => {
    expect(dialog()).toBeNull()
    context.server.reply(jsonReply({ Response: 'ERROR', Message: 'Session invalid' }))
    const count = countTickets()
    await until(() => dialog() !== null)
    expect(dialog()?.textContent).toContain('Your session has expired')
    expect(dialog()?.textContent).toContain('Signed in as Admin OTRS')
    expect(passwordInput()?.type).toBe('password')

    context.server.expect('auth/login.wrong-password')
    await typePassword('nope')
    button('relogin-submit')!.click()
    await until(() => document.body.querySelector('[data-testid="relogin-error"]') !== null)
    expect(document.body.querySelector('[data-testid="relogin-error"]')?.textContent).toContain('user name or password is wrong')

    context.server.expect('auth/login.ok').expect('tickets/getTicketList.count')
    await typePassword('RootLab#2026')
    button('relogin-submit')!.click()
    expect(await count).toBe(31)
    await until(() => !useSessionStore().reloginRequired)
    expect(useSessionStore().isAuthenticated).toBe(true)
  })

  it('speaks Russian too', { timeout: 30000 }, async () => {
    wrapper?.unmount()
    wrapper = mount(ReloginDialog, { global: { plugins: [pinia, createTestI18n('ru')] }, attachTo: document.body })
    context.server.reply(jsonReply({ Response: 'ERROR', Message: 'Session invalid' }))
    const count = countTickets().catch((error: unknown) => error)
    await until(() => dialog() !== null)
    expect(dialog()?.textContent).toContain('Сеанс истёк')
    button('relogin-cancel')!.click()
    expect(await count).toMatchObject({ kind: 'session-expired' })
    await until(() => !useSessionStore().isAuthenticated)
    expect(useSessionStore().expired).toBe(true)
  })
})
