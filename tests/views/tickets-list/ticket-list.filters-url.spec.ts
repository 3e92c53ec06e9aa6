import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createTestI18n } from '../../support/i18n'
import { emptyFilters } from '@/entities/ticket/composables/ticketListQuery'
import { useReferenceStore } from '@/stores/reference'
import FilterChips from '@/views/tickets/list/FilterChips.vue'
import { useListRouteState } from '@/views/tickets/list/useListRouteState'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  localStorage.clear()
})

function routerAt(): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/tickets', name: 'tickets', component: { render: () => null } }],
  })
}

/** Mounts a probe that exposes the list's route state, with a real router at `path`. */
async function mountRouteState(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = routerAt()
  await router.push(path)
  let api: ReturnType<typeof useListRouteState> | null = null
  wrapper = mount(
    defineComponent({
      setup() {
        api = useListRouteState()
        return () => h('div')
      },
    }),
    { global: { plugins: [pinia, router] } },
  )
  if (!api) throw new Error('not mounted')
  return { router, state: api as ReturnType<typeof useListRouteState> }
}

describe('list state in the URL', () => {
  it('reads the filters from the URL and writes changes back, starting again at page 1', async () => {
    const { router, state } = await mountRouteState('/tickets?view=-3&queueIds=5&page=3&sort=Priority&order=Up')
    expect(state.state.value.filters.queueIds).toEqual([5])
    expect(state.state.value.page).toBe(3)

    await state.setFilters({ ...state.state.value.filters, priorityIds: [4, 5] })
    expect(router.currentRoute.value.query).toEqual({ view: '-3', queueIds: '5', priorityIds: '4,5', sort: 'Priority', order: 'Up' })

    await state.setSort({ sortBy: null, order: 'Down', smartSort: true })
    expect(router.currentRoute.value.query).toMatchObject({ smartSort: '1' })
    expect(router.currentRoute.value.query.sort).toBeUndefined()

    await state.setPage(2)
    expect(router.currentRoute.value.query.page).toBe('2')
  })

  it('follows back and forward', async () => {
    const { router, state } = await mountRouteState('/tickets?view=-3')
    await state.setFilters({ ...state.state.value.filters, stateType: 'Closed' })
    expect(state.state.value.filters.stateType).toBe('Closed')
    router.back()
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(state.state.value.filters.stateType).toBeNull()
  })

  it('uses the agent’s preferred page size and leaves it out of the URL', async () => {
    localStorage.setItem('otrs-console.pref.pageSize', '50')
    const { router, state } = await mountRouteState('/tickets')
    expect(state.state.value.size).toBe(50)
    await state.setSize(100)
    expect(router.currentRoute.value.query.size).toBe('100')
    await state.setSize(50)
    expect(router.currentRoute.value.query.size).toBeUndefined()
  })
})

describe('filter chips', () => {
  it('names every active filter and removes the one whose close button is pressed', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const reference = useReferenceStore()
    reference.queues = [{ ID: 5, Name: 'Support', FullName: 'Support', Accessible: 1 }]
    reference.priorities = [{ ID: 5, Name: '5 very high', Color: '#f86868', Default: 0 }]
    const filters = { ...emptyFilters(), q: 'printer', queueIds: [5], priorityIds: [5], watched: true }
    wrapper = mount(FilterChips, { props: { filters }, global: { plugins: [pinia, createTestI18n('en')] } })
    await nextTick()

    const chips = wrapper.findAll('[data-testid="filter-chip"]')
    expect(chips.map((chip) => chip.text())).toEqual(['Search: printer', 'Queue: Support', 'Priority: 5 very high', 'Watched: Watched by me'])
    await chips[1].find('.n-tag__close').trigger('click')
    expect(wrapper.emitted('remove')).toEqual([[{ key: 'queueIds', id: 5 }]])
    await wrapper.get('[data-testid="clear-filters"]').trigger('click')
    expect(wrapper.emitted('clear')).toHaveLength(1)
  })
})
