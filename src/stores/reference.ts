import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getTicketViews } from '@/api/filters'
import { getQueueList } from '@/api/queues'
import type {
  PriorityItem,
  QueueItem,
  QueueTreeNode,
  SortItem,
  StateItem,
  TicketViewItem,
  TicketViewsGroup,
  TypeItem,
} from '@/api/types'

type LoadState = 'idle' | 'loading' | 'done' | 'error'

type GroupItems = { [G in TicketViewsGroup as G['Name']]: G['Items'] }

function itemsOf<N extends keyof GroupItems>(groups: TicketViewsGroup[], name: N): GroupItems[N] {
  const group = groups.find((candidate) => candidate.Name === name)
  return (group?.Items ?? []) as GroupItems[N]
}

/**
 * Reference data shared by every view, loaded once per session: ticket views, priorities,
 * types, states, sort options and queues.
 */
export const useReferenceStore = defineStore('reference', () => {
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)
  const views = ref<TicketViewItem[]>([])
  const priorities = ref<PriorityItem[]>([])
  const types = ref<TypeItem[]>([])
  const states = ref<StateItem[]>([])
  const sortOptions = ref<SortItem[]>([])
  const queues = ref<QueueItem[]>([])
  const queueTree = ref<QueueTreeNode[]>([])

  let pending: Promise<void> | null = null

  const priorityById = computed(() => new Map(priorities.value.map((item) => [item.ID, item])))
  const stateById = computed(() => new Map(states.value.map((item) => [item.ID, item])))
  const viewById = computed(() => new Map(views.value.map((item) => [item.ID, item])))

  async function load(): Promise<void> {
    const [viewsAnswer, queuesAnswer] = await Promise.all([getTicketViews(), getQueueList()])
    views.value = itemsOf(viewsAnswer.Groups, 'View')
    priorities.value = itemsOf(viewsAnswer.Groups, 'Priority')
    types.value = itemsOf(viewsAnswer.Groups, 'Type')
    states.value = itemsOf(viewsAnswer.Groups, 'State')
    sortOptions.value = itemsOf(viewsAnswer.Groups, 'Sort')
    queues.value = queuesAnswer.Queues
    queueTree.value = queuesAnswer.QueueTree
  }

  /** Loads once; concurrent callers share the same request. `force` reloads. */
  function ensureLoaded(force = false): Promise<void> {
    if (!force && state.value === 'done') return Promise.resolve()
    if (pending) return pending
    state.value = 'loading'
    error.value = null
    pending = load()
      .then(() => {
        state.value = 'done'
      })
      .catch((failure: unknown) => {
        state.value = 'error'
        error.value = failure
        throw failure
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  return {
    state,
    error,
    views,
    priorities,
    types,
    states,
    sortOptions,
    queues,
    queueTree,
    priorityById,
    stateById,
    viewById,
    ensureLoaded,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReferenceStore, import.meta.hot))
