import { afterEach, describe, expect, it, vi } from 'vitest'
import DashboardView from '@/views/dashboard/DashboardView.vue'
import { mountSignedIn, until, useSimulator } from './support'

useSimulator()

const realFetch = globalThis.fetch

/** The network drops every count of one view (a fault at the transport, not in our code). */
function failCountsOfView(viewId: number): void {
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? init.body : ''
    if (body.includes(`"ViewID":${viewId}`) && body.includes('"Count":1')) return Promise.reject(new TypeError('Failed to fetch'))
    return realFetch(input, init)
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a failing view count', { timeout: 60_000 }, () => {
  it('shows an error with retry on that tile only, and the retry fills it in', async () => {
    failCountsOfView(-6)
    const { wrapper } = await mountSignedIn(DashboardView, 'anna', '/dashboard')
    const tiles = () => wrapper.findAll('.tile')
    const myLocked = () => tiles().find((candidate) => candidate.find('.tile__label').text() === 'My locked')
    await until(() => myLocked()?.find('[role="alert"]').exists() === true)

    expect(myLocked()?.find('[role="alert"]').text()).not.toBe('')
    const others = tiles().filter((candidate) => candidate.find('.tile__label').text() !== 'My locked')
    await until(() => others.every((candidate) => candidate.find('[data-testid="view-count"]').exists()))
    expect(wrapper.text()).toContain('Escalations')

    vi.unstubAllGlobals()
    await myLocked()?.get('button').trigger('click')
    await until(() => myLocked()?.find('[data-testid="view-count"]').exists() === true)
    expect(myLocked()?.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps the last escalations on screen when asking for the changed tickets fails, and says so', async () => {
    const { wrapper } = await mountSignedIn(DashboardView, 'anna', '/dashboard')
    await until(() => wrapper.find('[data-testid="escalation-count"]').exists())
    const escalatedBefore = wrapper.get('[data-testid="escalation-escalated"]').text()

    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const body = typeof init?.body === 'string' ? init.body : ''
      // Every ticket listing (the change poll and a snapshot); counts still answer.
      if (body.includes('"Limit"') && !body.includes('"Count":1')) return Promise.reject(new TypeError('Failed to fetch'))
      return realFetch(input, init)
    })
    await wrapper.get('[data-testid="dashboard-refresh"]').trigger('click')
    await until(() => wrapper.find('[data-testid="stale-data"]').exists())

    expect(wrapper.get('[data-testid="stale-data"]').text()).toContain('Showing the last data.')
    expect(wrapper.get('[data-testid="escalation-escalated"]').text()).toBe(escalatedBefore)

    vi.unstubAllGlobals()
    await wrapper.get('[data-testid="stale-data"] button').trigger('click')
    await until(() => !wrapper.find('[data-testid="stale-data"]').exists())
    wrapper.unmount()
  })
})
