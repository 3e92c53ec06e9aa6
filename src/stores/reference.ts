import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { getTicketViews } from '@/api/filters'
import { getQueueList } from '@/api/queues'
import { getServiceList } from '@/api/services'
import { getSLAList } from '@/api/sla'
import { getDynamicFieldList, getPackageList, isApiVersionSupported, REQUIRED_API_VERSION } from '@/api/system'
import { isApiError } from '@/api/errors'
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

/**
 * The independent loads reference data is made of. Each one is kept when it succeeds, whatever
 * the others do, so one cut-off answer does not throw away the rest (or pass for an empty answer).
 */
export const REFERENCE_PARTS = ['views', 'queues', 'createQueues', 'moveQueues', 'agents', 'services', 'dynamicFields', 'permissions'] as const
export type ReferencePart = (typeof REFERENCE_PARTS)[number]
/** The system check (installed packages) is loaded alongside but never holds the console up. */
type LoadablePart = ReferencePart | 'packages'
const LOADABLE_PARTS: readonly LoadablePart[] = [...REFERENCE_PARTS, 'packages']

/** Seconds before a failed part is asked for again by itself: 2, 5, 10, 20, 30, then every 60. */
export const REFERENCE_RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 10_000, 20_000, 30_000, 60_000]

/** Failures that may pass (no connection, gateway, cut-off answer): worth trying again unasked. */
export function isPassingFailure(error: unknown): boolean {
  return isApiError(error) && (error.kind === 'network' || error.kind === 'server')
}

function initialPartStates(): Record<LoadablePart, LoadState> {
  return Object.fromEntries(LOADABLE_PARTS.map((part) => [part, 'idle'])) as Record<LoadablePart, LoadState>
}

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
 * demand (`refresh`). Its parts load independently (`partStates`); a part whose load failed for a
 * passing reason is asked for again by itself with growing pauses, and views ask `hasPart` before
 * they draw conclusions from it (no permissions loaded is not "read-only"). The parts: ticket views, priorities, types, states (colours, state types), sort options,
 * queues (list, tree, where the agent may create and move tickets), agents, services, SLAs per
 * service (lazy, `loadSlas`), dynamic-field definitions, and the agent's permissions per queue
 * with `can(action, queueId)`. Also the system check: `apiOutdated` when RS4OTRS_API < 6.41.
 */
export const useReferenceStore = defineStore('reference', () => {
  /** Per part: 'error' stays while a retry runs (`retryingParts`), 'done' stays while a refresh runs. */
  const partStates = ref<Record<LoadablePart, LoadState>>(initialPartStates())
  const partErrors = ref<Partial<Record<LoadablePart, unknown>>>({})
  const retryingParts = ref<LoadablePart[]>([])
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
  const partRequests = new Map<LoadablePart, Promise<void>>()
  const retryTimers = new Map<LoadablePart, ReturnType<typeof setTimeout>>()
  const failedAttempts = new Map<LoadablePart, number>()
  const slaRequests = new Map<number, Promise<SlaItem[]>>()

  function cancelRetries(): void {
    for (const timer of retryTimers.values()) clearTimeout(timer)
    retryTimers.clear()
    failedAttempts.clear()
  }

  // A disposed store (tests, HMR) leaves no retry behind.
  onScopeDispose(cancelRetries)

  onStoresReset(() => {
    generation.controller.abort()
    generation = { controller: new AbortController() }
    partRequests.clear()
    cancelRetries()
    slaRequests.clear()
  })

  /**
   * All parts loaded: 'done'. Otherwise 'error' once a part failed (even while it is retried),
   * 'loading' while parts are on their first way, 'idle' before anything was asked.
   */
  const state = computed<LoadState>(() => {
    const states = REFERENCE_PARTS.map((part) => partStates.value[part])
    if (states.every((value) => value === 'done')) return 'done'
    if (states.includes('error')) return 'error'
    if (states.includes('loading')) return 'loading'
    return 'idle'
  })
  /** The failure of the first part that is still missing. */
  const error = computed<unknown>(() => {
    const failed = REFERENCE_PARTS.find((part) => partStates.value[part] === 'error')
    return failed === undefined ? null : (partErrors.value[failed] ?? null)
  })
  const failedParts = computed(() => REFERENCE_PARTS.filter((part) => partStates.value[part] === 'error'))
  /** A missing part is being asked for again (by itself or by a Retry). */
  const retrying = computed(() => failedParts.value.some((part) => retryingParts.value.includes(part)))
  /** Whether a part's data is a real answer (possibly from an earlier load while a refresh runs). */
  function hasPart(part: ReferencePart): boolean {
    return partStates.value[part] === 'done'
  }

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

  /** Fetches one part; the returned function writes it into the store. */
  async function fetchPart(part: LoadablePart, signal: AbortSignal): Promise<() => void> {
    const options = { signal }
    switch (part) {
      case 'views': {
        const answer = await getTicketViews({}, options)
        return () => {
          views.value = itemsOf(answer.Groups, 'View')
          priorities.value = itemsOf(answer.Groups, 'Priority')
          types.value = itemsOf(answer.Groups, 'Type')
          states.value = itemsOf(answer.Groups, 'State')
          sortOptions.value = itemsOf(answer.Groups, 'Sort')
        }
      }
      case 'queues': {
        const answer = await getQueueList({}, options)
        return () => {
          queues.value = answer.Queues
          queueTree.value = answer.QueueTree
        }
      }
      case 'createQueues': {
        const answer = await getQueueList({ forCreateTicket: true }, options)
        return () => (createQueueCandidates.value = accessibleIds(answer.Queues))
      }
      case 'moveQueues': {
        const answer = await getQueueList({ forUpdateQueue: true }, options)
        return () => (moveQueueCandidates.value = accessibleIds(answer.Queues))
      }
      case 'agents': {
        const answer = await getUserList({}, options)
        return () => (agents.value = answer.Users)
      }
      case 'services': {
        const answer = await getServiceList(options)
        return () => {
          services.value = answer.Services
          // SLAs belong to services: a new service list starts them afresh.
          slasByService.value = {}
          slaRequests.clear()
        }
      }
      case 'dynamicFields': {
        const answer = await getDynamicFieldList(options)
        return () => {
          ticketFields.value = answer.DynamicFields.Ticket
          articleFields.value = answer.DynamicFields.Article
        }
      }
      case 'permissions': {
        const answer = await getUserPermissions(options)
        return () => (permissionGroups.value = answer.Groups)
      }
      case 'packages': {
        const answer = await getPackageList(options)
        return () => {
          packages.value = answer.Packages
          systemCheckFailed.value = false
        }
      }
    }
  }

  /**
   * Loads one part (concurrent callers share the request). Resolves when it arrived, rejects
   * with the failure; writes nothing once the stores were reset meanwhile.
   */
  function loadPart(part: LoadablePart): Promise<void> {
    const running = partRequests.get(part)
    if (running) return running
    const started = generation
    const current = () => generation === started
    const timer = retryTimers.get(part)
    if (timer !== undefined) clearTimeout(timer)
    retryTimers.delete(part)
    const previous = partStates.value[part]
    if (previous === 'error') retryingParts.value = [...retryingParts.value, part]
    else if (previous !== 'done') partStates.value[part] = 'loading'
    const request: Promise<void> = fetchPart(part, started.controller.signal)
      .then((apply) => {
        if (!current()) return
        apply()
        partStates.value[part] = 'done'
        partErrors.value = { ...partErrors.value, [part]: undefined }
        failedAttempts.delete(part)
      })
      .catch((failure: unknown) => {
        if (!current()) return
        partErrors.value = { ...partErrors.value, [part]: failure }
        // A part loaded before keeps its data (and its state) when a refresh fails.
        if (previous !== 'done') partStates.value[part] = 'error'
        if (part === 'packages') systemCheckFailed.value = true
        if (partStates.value[part] === 'error' && isPassingFailure(failure)) scheduleRetry(part)
        throw failure
      })
      .finally(() => {
        if (!current()) return
        if (partRequests.get(part) === request) partRequests.delete(part)
        retryingParts.value = retryingParts.value.filter((name) => name !== part)
      })
    // Nobody may wait for this part; its failure is in partStates/partErrors.
    request.catch(() => undefined)
    partRequests.set(part, request)
    return request
  }

  function scheduleRetry(part: LoadablePart): void {
    const attempt = failedAttempts.get(part) ?? 0
    failedAttempts.set(part, attempt + 1)
    const delay = REFERENCE_RETRY_DELAYS_MS[Math.min(attempt, REFERENCE_RETRY_DELAYS_MS.length - 1)]
    const started = generation
    retryTimers.set(
      part,
      setTimeout(() => {
        retryTimers.delete(part)
        if (generation === started && partStates.value[part] === 'error') void loadPart(part).catch(() => undefined)
      }, delay),
    )
  }

  /**
   * Loads what is missing (`force`: everything again); concurrent callers share the requests.
   * Resolves once the `needed` parts (default: all) are there, rejects with the first failure
   * among them; a load the stores were reset during settles without a word (its answers belong
   * to the previous agent).
   */
  async function ensureLoaded(force = false, needed: readonly ReferencePart[] = REFERENCE_PARTS): Promise<void> {
    const started = generation
    const requests = new Map<LoadablePart, Promise<void>>()
    for (const part of LOADABLE_PARTS) {
      if (force || partStates.value[part] !== 'done') requests.set(part, loadPart(part))
    }
    // The system check is waited for too (its failure only sets `systemCheckFailed`).
    const waitedFor: LoadablePart[] = [...needed, 'packages']
    const outcomes = await Promise.allSettled(waitedFor.map((part) => requests.get(part) ?? Promise.resolve()))
    if (generation !== started) return
    const failed = outcomes
      .slice(0, needed.length)
      .find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
    if (failed) throw failed.reason
  }

  /** Reloads everything (e.g. after an admin changed queues or permissions). */
  function refresh(): Promise<void> {
    return ensureLoaded(true)
  }

  /** Asks for the missing parts again now (a Retry button). */
  function retryFailed(): Promise<void> {
    return ensureLoaded(false)
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
    partStates,
    partErrors,
    failedParts,
    retryingParts,
    retrying,
    hasPart,
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
    retryFailed,
    loadSlas,
  }
})

function isQueue(queue: QueueItem | undefined): queue is QueueItem {
  return queue !== undefined
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReferenceStore, import.meta.hot))
