import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getTicketViews } from '@/api/filters'
import { getQueueList } from '@/api/queues'
import { getServiceList } from '@/api/services'
import { getSLAList } from '@/api/sla'
import { getDynamicFieldList, getPackageList, isApiVersionSupported, REQUIRED_API_VERSION } from '@/api/system'
import { getUserList, getUserPermissions } from '@/api/users'
import { onStoresReset } from './resetStores'
import type {
  Agent,
  DynamicFieldDefinition,
  PackageItem,
  Permission,
  PermissionGroup,
  PriorityItem,
  QueueItem,
  QueueTreeNode,
  ServiceItem,
  SlaItem,
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

function byId<T extends { ID: number }>(items: readonly T[]): Map<number, T> {
  return new Map(items.map((item) => [item.ID, item]))
}

/**
 * Reference data shared by every view, loaded once per session (`ensureLoaded`), refreshed on
 * demand (`refresh`): ticket views, priorities, types, states (colours, state types), sort options,
 * queues (list, tree, where the agent may create and move tickets), agents, services, SLAs per
 * service (lazy, `loadSlas`), dynamic-field definitions, and the agent's permissions per queue
 * with `can(action, queueId)`. Also the system check: `apiOutdated` when RS4OTRS_API < 6.41.
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
  /** Queues getQueueList offers for new tickets / as move targets (before the permission check). */
  const createQueueCandidates = ref<number[]>([])
  const moveQueueCandidates = ref<number[]>([])
  /** Agents, without password hashes or preferences. */
  const agents = ref<Agent[]>([])
  const services = ref<ServiceItem[]>([])
  /** SLAs per service ID, filled by `loadSlas`. */
  const slasByService = ref<Record<number, SlaItem[]>>({})
  const ticketFields = ref<DynamicFieldDefinition[]>([])
  const articleFields = ref<DynamicFieldDefinition[]>([])
  const permissionGroups = ref<PermissionGroup[]>([])
  /** Installed RS4OTRS packages; empty until the system check answered. */
  const packages = ref<PackageItem[]>([])
  /** The system check could not run (the rest of the reference data is still usable). */
  const systemCheckFailed = ref(false)

  /**
   * The loads of the current agent. A reset (logout, another agent signing in) starts a new
   * generation: loads of the old one are cancelled, and whatever they still answer is dropped.
   */
  let generation = { controller: new AbortController() }
  let pending: Promise<void> | null = null
  const slaRequests = new Map<number, Promise<SlaItem[]>>()

  onStoresReset(() => {
    generation.controller.abort()
    generation = { controller: new AbortController() }
    pending = null
    slaRequests.clear()
  })

  const priorityById = computed(() => byId(priorities.value))
  const stateById = computed(() => byId(states.value))
  const viewById = computed(() => byId(views.value))
  const typeById = computed(() => byId(types.value))
  const queueById = computed(() => byId(queues.value))
  const serviceById = computed(() => byId(services.value))
  const agentById = computed(() => new Map(agents.value.map((agent) => [agent.UserID, agent])))
  const defaultPriority = computed(() => priorities.value.find((item) => item.Default === 1) ?? null)
  const defaultView = computed(() => views.value.find((item) => item.Default === 1) ?? views.value[0] ?? null)

  /** Permission kinds per queue ID (a queue's group decides). */
  const permissionsByQueue = computed(() => {
    const result = new Map<number, Set<Permission>>()
    for (const group of permissionGroups.value) {
      for (const queue of group.Queues) {
        const kinds = result.get(queue.ID) ?? new Set<Permission>()
        for (const permission of group.Permissions) kinds.add(permission)
        result.set(queue.ID, kinds)
      }
    }
    return result
  })

  /**
   * Whether the agent may do `action` in the queue (`rw` implies every action). Use it to hide or
   * disable what the agent may not do: the server does not check everything itself.
   */
  function can(action: Permission, queueId: number | null | undefined): boolean {
    if (queueId === null || queueId === undefined) return false
    const kinds = permissionsByQueue.value.get(queueId)
    return kinds !== undefined && (kinds.has('rw') || kinds.has(action))
  }

  /** Queues a new ticket may go to: offered by the server and allowed by the agent's permissions. */
  const queuesForCreate = computed(() =>
    createQueueCandidates.value.filter((id) => can('create', id)).map((id) => queueById.value.get(id)).filter(isQueue),
  )
  /** Queues a ticket may be moved into. */
  const queuesForMove = computed(() =>
    moveQueueCandidates.value.filter((id) => can('move_into', id)).map((id) => queueById.value.get(id)).filter(isQueue),
  )

  const apiPackage = computed(() => packages.value.find((item) => item.Name === 'RS4OTRS_API') ?? null)
  const apiVersion = computed(() => apiPackage.value?.Version ?? null)
  /** True when the server's RS4OTRS_API is older than the console needs (warn the admin). */
  const apiOutdated = computed(() => {
    if (packages.value.length === 0) return false
    if (!apiPackage.value) return true
    return isApiVersionSupported(apiPackage.value.Version) === false
  })
  const mobileInstalled = computed(() => packages.value.some((item) => item.Name === 'RS4OTRS_Mobile'))

  function accessibleIds(list: QueueItem[]): number[] {
    return list.filter((queue) => queue.Accessible === 1).map((queue) => queue.ID)
  }

  async function checkSystem(current: () => boolean, signal: AbortSignal): Promise<void> {
    try {
      const answer = await getPackageList({ signal })
      if (!current()) return
      packages.value = answer.Packages
      systemCheckFailed.value = false
    } catch {
      if (current()) systemCheckFailed.value = true
    }
  }

  /** Loads everything; writes nothing once `current()` says the stores were reset meanwhile. */
  async function load(current: () => boolean, signal: AbortSignal): Promise<void> {
    const system = checkSystem(current, signal)
    const options = { signal }
    const [viewsAnswer, queuesAnswer, createAnswer, moveAnswer, usersAnswer, servicesAnswer, fieldsAnswer, permissionsAnswer] =
      await Promise.all([
        getTicketViews({}, options),
        getQueueList({}, options),
        getQueueList({ forCreateTicket: true }, options),
        getQueueList({ forUpdateQueue: true }, options),
        getUserList({}, options),
        getServiceList(options),
        getDynamicFieldList(options),
        getUserPermissions(options),
      ])
    if (!current()) return
    views.value = itemsOf(viewsAnswer.Groups, 'View')
    priorities.value = itemsOf(viewsAnswer.Groups, 'Priority')
    types.value = itemsOf(viewsAnswer.Groups, 'Type')
    states.value = itemsOf(viewsAnswer.Groups, 'State')
    sortOptions.value = itemsOf(viewsAnswer.Groups, 'Sort')
    queues.value = queuesAnswer.Queues
    queueTree.value = queuesAnswer.QueueTree
    createQueueCandidates.value = accessibleIds(createAnswer.Queues)
    moveQueueCandidates.value = accessibleIds(moveAnswer.Queues)
    agents.value = usersAnswer.Users
    services.value = servicesAnswer.Services
    ticketFields.value = fieldsAnswer.DynamicFields.Ticket
    articleFields.value = fieldsAnswer.DynamicFields.Article
    permissionGroups.value = permissionsAnswer.Groups
    slasByService.value = {}
    slaRequests.clear()
    await system
  }

  /**
   * Loads once; concurrent callers share the same request. `force` reloads. A load the stores
   * were reset during settles without a word (its answers belong to the previous agent).
   */
  function ensureLoaded(force = false): Promise<void> {
    if (!force && state.value === 'done') return Promise.resolve()
    if (pending) return pending
    const started = generation
    const current = () => generation === started
    state.value = 'loading'
    error.value = null
    const request: Promise<void> = load(current, started.controller.signal)
      .then(() => {
        if (current()) state.value = 'done'
      })
      .catch((failure: unknown) => {
        if (!current()) return
        state.value = 'error'
        error.value = failure
        throw failure
      })
      .finally(() => {
        if (pending === request) pending = null
      })
    pending = request
    return request
  }

  /** Reloads everything (e.g. after an admin changed queues or permissions). */
  function refresh(): Promise<void> {
    return ensureLoaded(true)
  }

  /** The SLAs of a service, fetched on first use and kept for the session. */
  function loadSlas(serviceId: number): Promise<SlaItem[]> {
    const known = slasByService.value[serviceId]
    if (known) return Promise.resolve(known)
    const running = slaRequests.get(serviceId)
    if (running) return running
    const started = generation
    const request: Promise<SlaItem[]> = getSLAList({ serviceId }, { signal: started.controller.signal })
      .then((answer) => {
        // An answer for the agent before a reset is not kept.
        if (generation === started) slasByService.value = { ...slasByService.value, [serviceId]: answer.SLAList }
        return answer.SLAList
      })
      .finally(() => {
        if (slaRequests.get(serviceId) === request) slaRequests.delete(serviceId)
      })
    slaRequests.set(serviceId, request)
    return request
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
    typeById,
    queueById,
    serviceById,
    agentById,
    defaultPriority,
    defaultView,
    createQueueCandidates,
    moveQueueCandidates,
    queuesForCreate,
    queuesForMove,
    agents,
    services,
    slasByService,
    ticketFields,
    articleFields,
    permissionGroups,
    permissionsByQueue,
    can,
    packages,
    systemCheckFailed,
    apiVersion,
    apiOutdated,
    requiredApiVersion: REQUIRED_API_VERSION,
    mobileInstalled,
    ensureLoaded,
    refresh,
    loadSlas,
  }
})

function isQueue(queue: QueueItem | undefined): queue is QueueItem {
  return queue !== undefined
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReferenceStore, import.meta.hot))
