import { login } from '@/api/auth'
import { configureApi, setSessionCredentials } from '@/api/client'
import { getQueueList } from '@/api/queues'
import { getTicketList, type TicketQuery } from '@/api/tickets'
import { getUserPermissions } from '@/api/users'
import type { Permission, Ticket } from '@/api/types'
import type { PermissionContext } from '@/entities/ticket/composables/useBulkActions'
import { startSimulatorServer } from '../../../simulator'

export type RunningSimulator = Awaited<ReturnType<typeof startSimulatorServer>>

export async function startSimulator(): Promise<RunningSimulator> {
  const server = await startSimulatorServer()
  configureApi({ apiBase: `${server.url}/otrs/api`, retryDelaysMs: [] })
  return server
}

/** Signs in through the real API layer; returns the agent's ID. */
export async function signInAs(user: string, password: string): Promise<number> {
  setSessionCredentials(null)
  const answer = await login(user, password)
  setSessionCredentials({ sessionName: answer.SessionName, sessionValue: answer.SessionValue, challengeToken: answer.ChallengeToken })
  return answer.Me.ID
}

/** The agent's permissions as the reference store derives them (getUserPermissions). */
export async function permissionContext(agentId: number): Promise<PermissionContext> {
  const [{ Groups }, { Queues }] = await Promise.all([getUserPermissions(), getQueueList()])
  const byQueue = new Map<number, Set<Permission>>()
  for (const group of Groups) {
    for (const queue of group.Queues) {
      const kinds = byQueue.get(queue.ID) ?? new Set<Permission>()
      for (const permission of group.Permissions) kinds.add(permission)
      byQueue.set(queue.ID, kinds)
    }
  }
  return {
    agentId,
    can: (permission, queueId) => {
      const kinds = byQueue.get(queueId)
      return kinds !== undefined && (kinds.has('rw') || kinds.has(permission))
    },
    queueName: (queueId) => Queues.find((queue) => queue.ID === queueId)?.FullName ?? String(queueId),
  }
}

export async function ticketsWhere(query: TicketQuery, limit = 5): Promise<Ticket[]> {
  return (await getTicketList({ ...query, limit })).Tickets
}

export async function reload(ticketId: number): Promise<Ticket> {
  const [ticket] = (await getTicketList({ ticketId })).Tickets
  if (!ticket) throw new Error(`ticket ${ticketId} not readable`)
  return ticket
}
