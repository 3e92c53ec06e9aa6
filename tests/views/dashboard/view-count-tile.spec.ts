import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@/api/errors'
import { createTestI18n } from '../../support/i18n'
import ViewCountTile from '@/views/dashboard/components/ViewCountTile.vue'

// Stub routes: the app's own routes would start loading lazy views on install, and a load still
// running when the file ends fails the run after the environment was torn down.
const routes = [
  { path: '/', component: { render: () => null } },
  { path: '/tickets', name: 'tickets', component: { render: () => null } },
]

function mountTile(props: Partial<InstanceType<typeof ViewCountTile>['$props']> = {}, locale: 'en' | 'ru' = 'en') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  return mount(ViewCountTile, {
    props: { label: 'Open', state: 'done', count: 1234, error: null, to: { name: 'tickets', query: { view: '-3' } }, ...props },
    global: { plugins: [router, createTestI18n(locale)] },
  })
}

describe('ViewCountTile', () => {
  it('shows a skeleton while the first count loads', () => {
    const tile = mountTile({ state: 'loading', count: null })
    expect(tile.find('.n-skeleton').exists()).toBe(true)
    expect(tile.find('[data-testid="view-count"]').exists()).toBe(false)
    expect(tile.attributes('aria-busy')).toBe('true')
  })

  it('shows the count in the agent number format, links to the list, and marks growth', () => {
    const tile = mountTile({ growth: 3 })
    expect(tile.get('[data-testid="view-count"]').text()).toBe('1,234')
    expect(tile.get('a').attributes('href')).toBe('/tickets?view=-3')
    expect(tile.get('[data-testid="view-growth"]').text()).toBe('+3')
    expect(tile.get('[data-testid="view-growth"]').attributes('aria-label')).toBe('3 more since the last refresh')
    expect(mountTile({}, 'ru').get('[data-testid="view-count"]').text()).toMatch(/^1\s234$/)
    expect(mountTile({ growth: 0 }).find('[data-testid="view-growth"]').exists()).toBe(false)
  })

  it('explains a failure in words and offers a retry', async () => {
    const tile = mountTile({ state: 'error', count: null, error: new ApiError('network', 'tickets/getTicketList', null) })
    expect(tile.get('[role="alert"]').text()).not.toBe('')
    expect(tile.get('[role="alert"]').text()).not.toContain('ApiError')
    await tile.get('button').trigger('click')
    expect(tile.emitted('retry')).toHaveLength(1)
  })

  it('draws attention only when asked and there is something to do', () => {
    expect(mountTile({ attention: true, count: 2 }).classes()).toContain('tile--attention')
    expect(mountTile({ attention: true, count: 0 }).classes()).not.toContain('tile--attention')
    expect(mountTile({ count: 2 }).classes()).not.toContain('tile--attention')
  })
})
