import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  parseListQuery,
  toListQuery,
  type TicketListFilters,
  type TicketListSort,
  type TicketListState,
} from '@/entities/ticket/composables/ticketListQuery'
import { usePreferencesStore } from '@/stores/preferences'

/**
 * The list's filter, sort and page state, read from and written to the URL: shareable,
 * reload-safe, and back/forward step through it. A filter or sort change goes back to page 1.
 */
export function useListRouteState() {
  const route = useRoute()
  const router = useRouter()
  const preferences = usePreferencesStore()

  // The list stays alive (hidden) while a ticket is open: other routes' queries are not its state.
  let last: TicketListState | null = null
  const state = computed<TicketListState>((previous) => {
    if (route.name !== 'tickets' && last !== null) return previous ?? last
    last = parseListQuery(route.query, preferences.pageSize)
    return last
  })

  function go(next: TicketListState): Promise<unknown> {
    return router.push({ name: 'tickets', query: toListQuery(next, preferences.pageSize) })
  }

  return {
    state,
    setFilters: (filters: TicketListFilters) => go({ ...state.value, filters, page: 1 }),
    setSort: (sort: TicketListSort) => go({ ...state.value, sort, page: 1 }),
    setPage: (page: number) => go({ ...state.value, page }),
    setSize: (size: number) => go({ ...state.value, size, page: 1 }),
    /** Applies a saved filter (a list query without the page). */
    applyQuery: (query: Record<string, string>) => router.push({ name: 'tickets', query }),
    currentQuery: computed(() => toListQuery(state.value, preferences.pageSize)),
  }
}
