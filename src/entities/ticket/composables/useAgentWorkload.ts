import { computed, type ComputedRef } from 'vue'
import { useReferenceStore } from '@/stores/reference'
import { aggregateWorkload, type AgentWorkload } from '@/utils/agentWorkload'
import type { OpenTicketSnapshot } from './useOpenTicketSnapshot'

export interface AgentWorkloadRow extends AgentWorkload {
  name: string
  login: string
}

/** Per owner of open tickets: counts, the oldest lock and stale locks, with the agent's name. */
export function useAgentWorkload(snapshot: Pick<OpenTicketSnapshot, 'tickets' | 'serverNow'>): {
  rows: ComputedRef<AgentWorkloadRow[]>
} {
  const reference = useReferenceStore()
  const rows = computed(() => {
    const now = snapshot.serverNow.value ?? Math.floor(Date.now() / 1000)
    const loginById = new Map(snapshot.tickets.value.map((ticket) => [ticket.OwnerID, ticket.Owner]))
    return aggregateWorkload(snapshot.tickets.value, now).map((load) => {
      const agent = reference.agentById.get(load.ownerId)
      const login = agent?.UserLogin ?? loginById.get(load.ownerId) ?? String(load.ownerId)
      return { ...load, name: agent?.UserFullname || login, login }
    })
  })
  return { rows }
}
