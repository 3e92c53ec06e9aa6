import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { getTicketList, type TicketQuery } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { serverNowFrom } from '@/utils/agentWorkload'

export type SnapshotState = 'idle' | 'loading' | 'done' | 'error'

/** Tickets per request; the first answer's Count says how many pages follow. */
export const SNAPSHOT_PAGE_SIZE = 500
/** Beyond this the monitor works on the oldest tickets only (and says so). */
export const SNAPSHOT_MAX_TICKETS = 5000

/** Every ticket of an open state type (new, open, pending), oldest first. */
const OPEN_TICKETS: TicketQuery = { stateType: 'Open', sortBy: ['Age'], orderBy: ['Up'] }

export interface OpenTicketSnapshot {
  state: Ref<SnapshotState>
  tickets: ShallowRef<Ticket[]>
  /** How many open tickets the server has (may exceed what was fetched). */
  total: Ref<number>
  truncated: ComputedRef<boolean>
  /** Browser time (ms) of the last complete snapshot. */
  fetchedAt: Ref<number | null>
  /** The server's clock (unix seconds) at that time, from the tickets themselves. */
  serverNow: Ref<number | null>
  error: Ref<unknown>
  load: (options?: { background?: boolean }) => Promise<void>
}

/**
 * One snapshot of all open tickets the agent may read, for the dashboard's escalations and the
 * queue monitor: a few large requests per refresh instead of hundreds of counts. The first page
 * tells the total; the remaining pages are fetched in parallel. A failed refresh keeps the last
 * snapshot (with the error beside it); a superseded load is ignored.
 */
export function useOpenTicketSnapshot(): OpenTicketSnapshot {
  const state = ref<SnapshotState>('idle')
  const tickets = shallowRef<Ticket[]>([])
  const total = ref(0)
  const fetchedAt = ref<number | null>(null)
  const serverNow = ref<number | null>(null)
  const error = ref<unknown>(null)
  const truncated = computed(() => total.value > tickets.value.length)
  let generation = 0

  async function load(options: { background?: boolean } = {}): Promise<void> {
    const current = ++generation
    if (state.value !== 'done') state.value = 'loading'
    error.value = null
    try {
      const first = await getTicketList({ ...OPEN_TICKETS, limit: SNAPSHOT_PAGE_SIZE }, { background: options.background })
      const count = first.Count ?? first.Tickets.length
      const wanted = Math.min(count, SNAPSHOT_MAX_TICKETS)
      const offsets: number[] = []
      for (let offset = SNAPSHOT_PAGE_SIZE; offset < wanted; offset += SNAPSHOT_PAGE_SIZE) offsets.push(offset)
      const rest = await Promise.all(
        offsets.map((offset) =>
          getTicketList(
            { ...OPEN_TICKETS, limit: Math.min(SNAPSHOT_PAGE_SIZE, wanted - offset), offset },
            { background: options.background },
          ),
        ),
      )
      if (current !== generation) return
      // Tickets can move between pages while they load: keep each ticket once.
      const byId = new Map<number, Ticket>()
      for (const page of [first, ...rest]) for (const ticket of page.Tickets) byId.set(ticket.TicketID, ticket)
      tickets.value = [...byId.values()]
      total.value = Math.max(count, byId.size)
      fetchedAt.value = Date.now()
      serverNow.value = serverNowFrom(tickets.value) ?? Math.floor(Date.now() / 1000)
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      error.value = failure
      if (state.value !== 'done') state.value = 'error'
    }
  }

  return { state, tickets, total, truncated, fetchedAt, serverNow, error, load }
}
