import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import LockGlyph from '@/components/LockGlyph.vue'
import ReferenceLoadNotice from '@/views/layout/ReferenceLoadNotice.vue'
import { useReferenceStore } from '@/stores/reference'
import { expectNorasReferenceLoad, PASSING_FAILURE } from '../../api/support/referenceLoad'
import { useFixtureServer } from '../../api/support/useFixtureServer'
import { createTestI18n } from '../../support/i18n'

const context = useFixtureServer()
let pinia: Pinia

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

/** Any page will do: the notice reads only the route's meta. */
const Page = LockGlyph

async function mountNotice(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tickets', component: Page },
      { path: '/dashboard', component: Page, meta: { showsReferenceFailures: ['views'] } },
    ],
  })
  await router.push(path)
  const Shell = defineComponent({ render: () => h('div', [h(ReferenceLoadNotice), h(RouterView)]) })
  const wrapper = mount(Shell, { global: { plugins: [pinia, router, createTestI18n('en')] } })
  await flushPromises()
  return { wrapper, router }
}

/** A load in which the views and the agents fail for a passing reason. */
async function loadWithViewsAndAgentsFailing(): Promise<void> {
  expectNorasReferenceLoad(context.server, { views: PASSING_FAILURE, agents: PASSING_FAILURE })
  await useReferenceStore().ensureLoaded().catch(() => undefined)
}

describe('ReferenceLoadNotice', () => {
  it('names what could not be loaded and why, says it retries by itself, and retries at once on request', async () => {
    await loadWithViewsAndAgentsFailing()
    const { wrapper } = await mountNotice('/tickets')
    const notice = wrapper.get('[data-testid="reference-load-notice"]')
    expect(notice.attributes('role')).toBe('alert')
    expect(notice.text()).toContain('Could not load the ticket views, states and priorities, the agents:')
    expect(notice.text()).toContain('The console tries again by itself.')

    context.server.expect('filters/getTicketViews.ok').expect('users/getUserList.ok')
    await wrapper.get('[data-testid="reference-retry"]').trigger('click')
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(useReferenceStore().state).toBe('done')
    expect(wrapper.find('[data-testid="reference-load-notice"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('leaves out what the page shows itself', async () => {
    await loadWithViewsAndAgentsFailing()
    const { wrapper, router } = await mountNotice('/dashboard')
    const notice = wrapper.get('[data-testid="reference-load-notice"]')
    expect(notice.text()).toContain('Could not load the agents:')
    expect(notice.text()).not.toContain('ticket views')
    await router.push('/tickets')
    await flushPromises()
    expect(wrapper.get('[data-testid="reference-load-notice"]').text()).toContain('ticket views')
    wrapper.unmount()
    // The pending automatic retries would ask the fixture server after this test.
    useReferenceStore().$dispose()
  })

  it('shows nothing when everything is there', async () => {
    expectNorasReferenceLoad(context.server)
    await useReferenceStore().ensureLoaded()
    const { wrapper } = await mountNotice('/tickets')
    expect(wrapper.find('[data-testid="reference-load-notice"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
