import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { getTicketViews } from '@/api/filters'
import { getCustomerServiceList } from '@/api/services'
import type { CustomerServiceItem, DynamicFieldDefinition, SlaItem, StateItem } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'

type LoadState = 'idle' | 'loading' | 'done' | 'error'

/** Dynamic-field types the form can edit; others (process fields, add-on types) are left out. */
export const EDITABLE_FIELD_TYPES = new Set(['Text', 'TextArea', 'Dropdown', 'Multiselect', 'Checkbox', 'Date', 'DateTime'])
/** State types never set by hand. */
const SYSTEM_STATE_TYPES = new Set(['merged', 'removed'])

export function isPendingStateType(stateType: string | null | undefined): boolean {
  return stateType === 'pending reminder' || stateType === 'pending auto'
}

/** Fields offered on the new-ticket form: editable types, no process-management internals. */
export function creatableTicketFields(fields: readonly DynamicFieldDefinition[]): DynamicFieldDefinition[] {
  return fields.filter((field) => EDITABLE_FIELD_TYPES.has(field.FieldType) && !field.Name.startsWith('ProcessManagement'))
}

/** States the create screen of a queue offers (getTicketViews with QueueID). */
export function createScreenStates(states: readonly StateItem[]): StateItem[] {
  return states.filter((state) => state.OnTicketCreateScreen === 1 && !SYSTEM_STATE_TYPES.has(state.StateType ?? ''))
}

const statesByQueue = new Map<number, Promise<StateItem[]>>()

function statesForQueue(queueId: number): Promise<StateItem[]> {
  let request = statesByQueue.get(queueId)
  if (!request) {
    request = getTicketViews({ queueId }).then((answer) => {
      const group = answer.Groups.find((candidate) => candidate.Name === 'State')
      return group?.Name === 'State' ? createScreenStates(group.Items) : []
    })
    request.catch(() => statesByQueue.delete(queueId))
    statesByQueue.set(queueId, request)
  }
  return request
}

/**
 * What the new-ticket form may offer for the chosen queue, customer and service: the states of
 * the queue's create screen (and its default), the customer's services, the service's SLAs, and
 * the ticket dynamic fields. Each list has its own load state; a newer choice wins over a slower
 * answer for an older one.
 */
export function useNewTicketOptions(sources: {
  queueId: MaybeRefOrGetter<number | null>
  customerLogin: MaybeRefOrGetter<string | null>
  serviceId: MaybeRefOrGetter<number | null>
}) {
  const reference = useReferenceStore()

  const states = shallowRef<StateItem[]>([])
  const statesState = ref<LoadState>('idle')
  const services = shallowRef<CustomerServiceItem[]>([])
  const servicesState = ref<LoadState>('idle')
  const servicesError = ref<unknown>(null)
  const slas = shallowRef<SlaItem[]>([])
  const slasState = ref<LoadState>('idle')

  let statesGeneration = 0
  watch(
    () => toValue(sources.queueId),
    async (queueId) => {
      const current = ++statesGeneration
      if (queueId === null) {
        states.value = []
        statesState.value = 'idle'
        return
      }
      statesState.value = 'loading'
      try {
        const loaded = await statesForQueue(queueId)
        if (current !== statesGeneration) return
        states.value = loaded
        statesState.value = 'done'
      } catch {
        if (current !== statesGeneration) return
        // The server still refuses what the queue forbids; offering all hand-set states beats none.
        states.value = reference.states.filter((state) => !SYSTEM_STATE_TYPES.has(state.StateType ?? ''))
        statesState.value = 'error'
      }
    },
    { immediate: true },
  )

  let servicesGeneration = 0
  async function loadServices(): Promise<void> {
    const login = toValue(sources.customerLogin)
    const current = ++servicesGeneration
    servicesError.value = null
    if (!login) {
      services.value = []
      servicesState.value = 'idle'
      return
    }
    servicesState.value = 'loading'
    try {
      const answer = await getCustomerServiceList(login)
      if (current !== servicesGeneration) return
      services.value = answer.Services.filter((service) => service.Accessible === 1)
      servicesState.value = 'done'
    } catch (failure) {
      if (current !== servicesGeneration) return
      services.value = []
      servicesError.value = failure
      servicesState.value = 'error'
    }
  }
  watch(() => toValue(sources.customerLogin), loadServices, { immediate: true })

  let slasGeneration = 0
  async function loadSlas(): Promise<void> {
    const serviceId = toValue(sources.serviceId)
    const current = ++slasGeneration
    if (serviceId === null) {
      slas.value = []
      slasState.value = 'idle'
      return
    }
    slasState.value = 'loading'
    try {
      const loaded = await reference.loadSlas(serviceId)
      if (current !== slasGeneration) return
      slas.value = loaded
      slasState.value = 'done'
    } catch {
      if (current !== slasGeneration) return
      slas.value = []
      slasState.value = 'error'
    }
  }
  watch(() => toValue(sources.serviceId), loadSlas, { immediate: true })

  const defaultStateId = computed(() => (states.value.find((state) => state.Default === 1) ?? states.value[0])?.ID ?? null)

  function isPendingState(stateId: number): boolean {
    const state = states.value.find((candidate) => candidate.ID === stateId) ?? reference.stateById.get(stateId)
    return isPendingStateType(state?.StateType)
  }

  const dynamicFields = computed(() => creatableTicketFields(reference.ticketFields))

  return {
    states,
    statesState,
    defaultStateId,
    isPendingState,
    services,
    servicesState,
    servicesError,
    reloadServices: loadServices,
    slas,
    slasState,
    reloadSlas: loadSlas,
    dynamicFields,
  }
}
