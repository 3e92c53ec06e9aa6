import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { defineComponent, h, ref } from 'vue'
import { configureApi } from '@/api/client'
import { createTestI18n } from '../../support/i18n'
import LostPasswordDialog from '@/views/auth/components/LostPasswordDialog.vue'
import { lostPasswordAnswerKey } from '@/views/auth/components/lostPasswordAnswer'
import { startSimulatorServer } from '../../../simulator'
import { FixtureServer, jsonReply } from '../../api/support/fixtureServer'

let simulator: Awaited<ReturnType<typeof startSimulatorServer>>
let wrapper: VueWrapper | null = null

beforeAll(async () => {
  simulator = await startSimulatorServer()
})
afterAll(async () => {
  await simulator.close()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

/** The dialog, open, as the login screen shows it (it teleports into the body). */
async function openDialog(initialUser: string, locale: 'en' | 'ru' = 'en'): Promise<void> {
  const Host = defineComponent(() => {
    const show = ref(false)
    // Opened after mounting, as the login screen's link does.
    setTimeout(() => (show.value = true))
    return () =>
      h(NMessageProvider, null, () =>
        h(LostPasswordDialog, { show: show.value, 'onUpdate:show': (value: boolean) => (show.value = value), initialUser }),
      )
  })
  wrapper = mount(Host, { global: { plugins: [createTestI18n(locale)] }, attachTo: document.body })
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
}

function field(id: string): HTMLInputElement {
  const input = document.getElementById(id)
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input #${id}`)
  return input
}

function button(text: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

function byTestId(id: string): HTMLElement | null {
  return document.querySelector(`[data-testid="${id}"]`)
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 250 && !check(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20))
}

async function type(id: string, value: string): Promise<void> {
  const input = field(id)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('lost-password dialog against the simulator', () => {
  it('takes over the user name from the login form and shows the server\'s answer, translated', async () => {
    configureApi({ apiBase: `${simulator.url}/otrs/api`, retryDelaysMs: [] })
    await openDialog('  rolf.ro ')
    expect(field('lost-password-user').value).toBe('rolf.ro')
    button('Send instructions').click()
    await waitFor(() => byTestId('lost-password-answer') !== null)
    expect(byTestId('lost-password-answer')?.textContent?.trim()).toBe(
      'If this account exists, password reset instructions are on their way. Check your e-mail.',
    )
  })

  it('answers an unknown user exactly like a known one', async () => {
    configureApi({ apiBase: `${simulator.url}/otrs/api`, retryDelaysMs: [] })
    await openDialog('')
    await type('lost-password-user', 'nobody@example.test')
    button('Send instructions').click()
    await waitFor(() => byTestId('lost-password-answer') !== null)
    expect(byTestId('lost-password-answer')?.textContent?.trim()).toBe(
      'If this account exists, password reset instructions are on their way. Check your e-mail.',
    )
  })

  it('translates the refusal of a wrong reset token and keeps what was typed', async () => {
    configureApi({ apiBase: `${simulator.url}/otrs/api`, retryDelaysMs: [] })
    await openDialog('rolf.ro', 'ru')
    ;(document.querySelector('.n-checkbox') as HTMLElement).click()
    await flushPromises()
    await type('lost-password-token', 'invalidtoken')
    button('Прислать новый пароль').click()
    await waitFor(() => byTestId('lost-password-error') !== null)
    expect(byTestId('lost-password-error')?.textContent?.trim()).toBe('Ссылка для сброса пароля недействительна или устарела.')
    expect(field('lost-password-token').value).toBe('invalidtoken')
  })

  it('asks for the user name next to the field instead of sending an empty one', async () => {
    configureApi({ apiBase: `${simulator.url}/otrs/api`, retryDelaysMs: [] })
    await openDialog('')
    button('Send instructions').click()
    await flushPromises()
    expect(document.body.textContent).toContain('Enter your user name.')
    expect(byTestId('lost-password-answer')).toBeNull()
  })
})

describe('lost-password dialog against a server with the feature turned off', () => {
  const server = new FixtureServer()
  beforeAll(async () => {
    await server.start()
  })
  afterAll(async () => {
    await server.close()
  })

  it('says that password reset is turned off, translated', async () => {
    configureApi({ apiBase: server.apiBase, retryDelaysMs: [] })
    server.reply(jsonReply({ Response: 'ERROR', Message: 'Feature not active.' }), { path: '/otrs/api/auth/lostPassword' })
    await openDialog('rolf.ro')
    button('Send instructions').click()
    await waitFor(() => byTestId('lost-password-error') !== null)
    expect(byTestId('lost-password-error')?.textContent?.trim()).toBe('Password reset is turned off on this server. Ask your administrator.')
    expect(server.problems).toEqual([])
  })
})

describe('lostPasswordAnswerKey', () => {
  it('knows both confirmations of the server and leaves others alone', () => {
    expect(lostPasswordAnswerKey('Sent password reset instructions. Please check your email.')?.key).toBe('lostPassword.answer.instructionsSent')
    expect(lostPasswordAnswerKey("Sent new password to 'rolf.ro'. Please check your email.")).toEqual({
      key: 'lostPassword.answer.newPasswordSent',
      params: { user: 'rolf.ro' },
    })
    expect(lostPasswordAnswerKey('Something else.')).toBeNull()
  })
})
