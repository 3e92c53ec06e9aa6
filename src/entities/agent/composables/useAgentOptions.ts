import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { getUserList } from '@/api/users'
import type { Agent } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'

export type AgentListState = 'idle' | 'loading' | 'done' | 'error'

/** Agents with access to a queue, fetched once per queue and session tab. */
const byQueue = new Map<number, Promise<Agent[]>>()

/**
 * Starts loading a queue's agents before a picker for it is drawn (the ticket page draws its
 * pickers over a few tasks; their data should not wait for that).
 */
export function primeQueueAgents(queueId: number): void {
  agentsOfQueue(queueId).catch(() => undefined)
}

function agentsOfQueue(queueId: number): Promise<Agent[]> {
  let request = byQueue.get(queueId)
  if (!request) {
    request = getUserList({ queueId }).then((answer) => answer.Users)
    // A failed load may be retried later; a good one is kept.
    request.catch(() => byQueue.delete(queueId))
    byQueue.set(queueId, request)
  }
  return request
}

/** Forgets the per-queue agent lists (tests, or after a permission change). */
export function forgetQueueAgents(): void {
  byQueue.clear()
}

/**
 * The agents to offer: all valid agents from the reference store, or, with a queue, only those
 * with access to that queue (getUserList QueueID). Invalid agents are never offered.
 */
export function useAgentOptions(queueId: MaybeRefOrGetter<number | null | undefined>) {
  const reference = useReferenceStore()
  const state = ref<AgentListState>('idle')
  const error = ref<unknown>(null)
  const queueAgents = shallowRef<Agent[] | null>(null)
  let generation = 0

  async function load(): Promise<void> {
    const id = toValue(queueId)
    const current = ++generation
    if (id === null || id === undefined) {
      queueAgents.value = null
      state.value = 'done'
      return
    }
    state.value = 'loading'
    error.value = null
    queueAgents.value = []
    try {
      const agents = await agentsOfQueue(id)
      if (current !== generation) return
      queueAgents.value = agents
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      error.value = failure
      state.value = 'error'
    }
  }

  watch(() => toValue(queueId), () => void load(), { immediate: true })

  const agents = computed(() => (queueAgents.value ?? reference.agents).filter((agent) => agent.ValidID === 1))

  return { agents, state, error, reload: load }
}

/** What the picker shows for an agent: full name, with the login for the ambiguous cases. */
export function agentLabel(agent: Pick<Agent, 'UserFullname' | 'UserLogin'>): string {
  return agent.UserFullname && agent.UserFullname !== agent.UserLogin ? `${agent.UserFullname} (${agent.UserLogin})` : agent.UserLogin
}

/** Case-insensitive match on name, login or e-mail. */
export function matchesAgent(pattern: string, agent: Pick<Agent, 'UserFullname' | 'UserLogin' | 'UserEmail'>): boolean {
  const needle = pattern.trim().toLocaleLowerCase()
  if (needle === '') return true
  return [agent.UserFullname, agent.UserLogin, agent.UserEmail].some((value) => value.toLocaleLowerCase().includes(needle))
}
