import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { getTicketViews } from '@/api/filters'
import type { StateItem } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'

/** State types an agent never picks by hand. */
const SYSTEM_STATE_TYPES = new Set(['merged', 'removed'])

const byQueue = new Map<number, Promise<StateItem[]>>()

function statesOfQueue(queueId: number): Promise<StateItem[]> {
  let request = byQueue.get(queueId)
  if (!request) {
    request = getTicketViews({ queueId }).then((answer) => {
      const group = answer.Groups.find((candidate) => candidate.Name === 'State')
      return group?.Name === 'State' ? group.Items : []
    })
    request.catch(() => byQueue.delete(queueId))
    byQueue.set(queueId, request)
  }
  return request
}

/** Whether the server offers the state on the edit screens of the queue it was asked about. */
export function isOfferedForQueue(state: StateItem): boolean {
  return state.OnTicketCreateScreen === 1 || Object.keys(state.Screens ?? {}).length > 0
}

/** States the agent may set by hand: no system states (merged, removed). */
export function isPickableState(state: Pick<StateItem, 'StateType'>): boolean {
  return !SYSTEM_STATE_TYPES.has(state.StateType ?? '')
}

export function isPendingStateType(stateType: string | null | undefined): boolean {
  return stateType === 'pending reminder' || stateType === 'pending auto'
}

/**
 * The states a ticket in `queueId` may be given (getTicketViews with QueueID says which ones the
 * queue's screens offer). Without a queue, or while loading, every non-system state.
 */
export function useQueueStates(queueId: MaybeRefOrGetter<number | null | undefined>) {
  const reference = useReferenceStore()
  const queueStates = shallowRef<StateItem[] | null>(null)
  const loading = ref(false)
  let generation = 0

  async function load(): Promise<void> {
    const id = toValue(queueId)
    const current = ++generation
    queueStates.value = null
    if (id === null || id === undefined) return
    loading.value = true
    try {
      const states = await statesOfQueue(id)
      if (current === generation) queueStates.value = states
    } catch {
      // Falls back to every non-system state: the server still refuses what the queue forbids.
    } finally {
      if (current === generation) loading.value = false
    }
  }

  watch(() => toValue(queueId), () => void load(), { immediate: true })

  const states = computed(() => {
    const offered = queueStates.value?.filter(isOfferedForQueue)
    const source = offered && offered.length > 0 ? offered : reference.states
    return source.filter(isPickableState)
  })

  return { states, loading }
}
