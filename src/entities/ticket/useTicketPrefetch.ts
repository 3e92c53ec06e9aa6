import type { RouteLocationRaw, Router } from 'vue-router'
import { useRouter } from 'vue-router'
import { parseListQuery, toTicketQuery } from '@/entities/ticket/composables/ticketListQuery'
import { prefetchRouteChunks } from '@/router/prefetch'
import { useNavCacheStore } from '@/stores/navCache'
import { usePreferencesStore } from '@/stores/preferences'
import { useSessionStore } from '@/stores/session'

/**
 * Fetching ahead what the agent is about to open: the screen's code and the data it shows first
 * (into the navigation cache, where the screen finds it).
 */
export function useTicketPrefetch() {
  return createTicketPrefetch(useRouter())
}

/** The same outside a component's setup (the shell loads it on the first intent, see AppLayout.vue). */
export function createTicketPrefetch(router: Router) {
  const cache = useNavCacheStore()
  const preferences = usePreferencesStore()
  const session = useSessionStore()

  /** A ticket list link (`/tickets?…`): the list screen and the page the link shows. */
  function list(to: RouteLocationRaw): void {
    prefetchRouteChunks(router, to)
    const resolved = router.resolve(to)
    if (resolved.name !== 'tickets') return
    cache.prefetchList(toTicketQuery(parseListQuery(resolved.query, preferences.pageSize), session.me?.ID ?? null))
  }

  /** A ticket: the ticket screen, the ticket and all its articles. */
  function ticket(ticketId: number): void {
    prefetchRouteChunks(router, { name: 'ticket', params: { ticketId } })
    cache.prefetchTicket(ticketId)
  }

  return { list, ticket }
}
