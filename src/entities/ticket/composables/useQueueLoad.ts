import { computed, type ComputedRef } from 'vue'
import { useReferenceStore } from '@/stores/reference'
import { aggregateQueueLoad, heaviestFirst, queueMonitorRows, stateIdsByBucket, type QueueMonitorRow, type StateBucket } from '@/utils/queueLoad'
import type { OpenTicketSnapshot } from './useOpenTicketSnapshot'

/**
 * The supervisor's queue monitor rows from the open-ticket snapshot. Only queues the agent may
 * read are shown or counted (the server's queue list and the agent's permissions must both agree).
 */
export function useQueueLoad(snapshot: Pick<OpenTicketSnapshot, 'tickets'>): {
  rows: ComputedRef<QueueMonitorRow[]>
  busiestFirst: ComputedRef<QueueMonitorRow[]>
  maxTotal: ComputedRef<number>
  stateIds: ComputedRef<Record<StateBucket, number[]>>
} {
  const reference = useReferenceStore()
  const readableIds = computed(() => reference.queues.filter((queue) => queue.Accessible === 1 && reference.can('ro', queue.ID)).map((queue) => queue.ID))
  const rows = computed(() => {
    const readable = new Set(readableIds.value)
    const loads = aggregateQueueLoad(snapshot.tickets.value, readable)
    return queueMonitorRows(reference.queueTree, loads, (id) => readable.has(id))
  })
  // Out of tree order a child cannot hang under its parent: it is named in full.
  const busiestFirst = computed(() => heaviestFirst(rows.value).map((row) => ({ ...row, label: row.fullName, depth: 0 })))
  const maxTotal = computed(() => rows.value.reduce((max, row) => Math.max(max, row.load.total), 0))
  // Older servers send states without StateType: the tickets carry it, so learn it from them too.
  const stateIds = computed(() =>
    stateIdsByBucket([
      ...reference.states,
      ...snapshot.tickets.value.map((ticket) => ({ ID: ticket.StateID, StateType: ticket.StateType })),
    ]),
  )
  return { rows, busiestFirst, maxTotal, stateIds }
}
