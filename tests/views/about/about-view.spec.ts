import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { configureApi } from '@/api/client'
import { createTestI18n } from '../../support/i18n'
import AboutView from '@/views/about/AboutView.vue'
import { startSimulatorServer } from '../../../simulator'
import { FixtureServer, jsonReply } from '../../api/support/fixtureServer'
import { signInWithFixtureTokens } from '../../api/support/useFixtureServer'
import { createHarness, eventually } from '../preferences/harness'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

const stubRoutes = [
  { path: '/', name: 'about', component: AboutView },
  { path: '/tickets', name: 'tickets', component: AboutView },
  { path: '/preferences', name: 'preferences', component: AboutView },
]

function rowText(view: VueWrapper, table: string, firstCell: string): string {
  const row = view.findAll(`[data-testid="${table}"] tbody tr`).find((candidate) => candidate.find('td').text() === firstCell)
  return row?.text() ?? ''
}

describe('about screen against the simulator', () => {
  let server: Awaited<ReturnType<typeof startSimulatorServer>>
  beforeAll(async () => {
    server = await startSimulatorServer()
  })
  afterAll(async () => {
    await server.close()
  })

  it('shows the version, the API address, the supported RS4OTRS_API and the agent\'s rights per group', async () => {
    const harness = await createHarness(server, { routes: stubRoutes, signIn: ['nora.note', 'NoraNote#2026'] })
    wrapper = mount(AboutView, { global: { plugins: harness.plugins } })
    const view = wrapper
    expect(view.find('[data-testid="about-version"]').text()).toBe(__APP_VERSION__)
    expect(view.find('[data-testid="about-api-base"]').text()).toBe(`${server.url}/otrs/api`)
    await eventually(() => expect(view.find('[data-testid="permissions"]').exists()).toBe(true))
    await eventually(() => expect(view.find('[data-testid="packages"]').exists()).toBe(true))
    expect(rowText(view, 'packages', 'RS4OTRS_API')).toContain('6.5.1')
    expect(rowText(view, 'packages', 'RS4OTRS_API')).toContain('Supported')
    expect(view.find('[data-testid="api-outdated"]').exists()).toBe(false)

    expect(rowText(view, 'permissions', 'support')).toContain('Full access')
    const sales = rowText(view, 'permissions', 'sales')
    for (const right of ['Read', 'Add notes', 'Move into', 'Priority']) expect(sales).toContain(right)
    expect(sales).not.toContain('Full access')
    expect(rowText(view, 'permissions', 'users')).toContain('Add notes')
    expect(view.find('[data-testid="permissions"]').text()).not.toContain('restricted')
  })
})

describe('about screen against a recorded server', () => {
  const server = new FixtureServer()
  beforeAll(async () => {
    await server.start()
  })
  afterAll(async () => {
    await server.close()
  })

  afterEach(() => {
    const { problems, unanswered } = server
    server.reset()
    expect(problems, 'requests the recording did not expect').toEqual([])
    expect(unanswered, 'queued answers nobody asked for').toEqual([])
  })

  async function mountAbout(): Promise<VueWrapper> {
    // No session left over from another test may take the place of the recording's token.
    sessionStorage.clear()
    localStorage.clear()
    configureApi({ apiBase: server.apiBase, retryDelaysMs: [] })
    signInWithFixtureTokens()
    setActivePinia(createPinia())
    const router = createRouter({ history: createMemoryHistory(), routes: stubRoutes })
    await router.push('/')
    wrapper = mount(AboutView, { global: { plugins: [createTestI18n('en'), router] } })
    await flushPromises()
    return wrapper
  }

  it('warns clearly when RS4OTRS_API is older than 6.41', async () => {
    server
      .reply(jsonReply({ Response: 'OK', Packages: [{ Name: 'RS4OTRS_API', Version: '6.36.2' }] }), { path: '/otrs/api/system/getPackageList' })
      .expect('users/getUserPermissions.agent-readonly')
    const view = await mountAbout()
    await eventually(() => expect(view.find('[data-testid="api-outdated"]').exists()).toBe(true))
    expect(view.find('[data-testid="api-outdated"]').text()).toBe(
      'RS4OTRS_API 6.36.2 is older than 6.41, the oldest version this console supports. Some functions may fail: ask your administrator to update the package.',
    )
    await eventually(() => expect(view.find('[data-testid="permissions"]').exists()).toBe(true))
  })

  it('shows the recorded server\'s packages and a read-only agent\'s rights', async () => {
    server.expect('system/getPackageList.ok').expect('users/getUserPermissions.agent-readonly')
    const view = await mountAbout()
    await eventually(() => expect(view.find('[data-testid="packages"]').exists()).toBe(true))
    expect(rowText(view, 'packages', 'RS4OTRS_API')).toContain('Supported')
    await eventually(() => expect(view.find('[data-testid="permissions"]').exists()).toBe(true))
    expect(view.find('[data-testid="permissions"]').text()).toContain('Read')
    expect(view.find('[data-testid="permissions"]').text()).not.toContain('Full access')
  })

  it('shows a readable error with a retry that recovers', async () => {
    server
      .reply(jsonReply({ Response: 'ERROR', Message: 'Please contact the administrator.' }), { path: '/otrs/api/system/getPackageList' })
      .expect('users/getUserPermissions.agent-readonly')
    const view = await mountAbout()
    await eventually(() => expect(view.text()).toContain('The server reported an internal problem. Please contact your administrator.'))
    server.expect('system/getPackageList.ok')
    const retry = view.findAll('button').find((candidate) => candidate.text() === 'Try again')
    await retry?.trigger('click')
    await eventually(() => expect(view.find('[data-testid="packages"]').exists()).toBe(true))
  })
})
