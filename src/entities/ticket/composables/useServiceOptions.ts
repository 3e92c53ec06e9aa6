import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { getCustomerServiceList } from '@/api/services'
import type { SlaItem } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'

export interface ServiceOption {
  id: number
  name: string
}

/**
 * The services the ticket's customer may use (the server does not check this on writes, so the
 * console offers only these), and the SLAs of the chosen service. A list that could not be
 * loaded says so (`servicesFailed`, `slasFailed`) instead of passing for an empty one, and
 * `retryFailed` asks again (e.g. when the agent opens the list).
 */
export function useServiceOptions(customerUserLogin: MaybeRefOrGetter<string | null>, serviceId: MaybeRefOrGetter<number | null>) {
  const reference = useReferenceStore()
  /** The customer's services; null without a customer (then every service is offered). */
  const customerServices = shallowRef<ServiceOption[] | null>(null)
  const slas = shallowRef<SlaItem[]>([])
  const loading = ref(false)
  const servicesError = ref<unknown>(null)
  const slasError = ref<unknown>(null)
  let servicesGeneration = 0
  let slasGeneration = 0

  async function loadServices(): Promise<void> {
    const login = toValue(customerUserLogin)
    const current = ++servicesGeneration
    servicesError.value = null
    customerServices.value = login ? [] : null
    if (!login) return
    loading.value = true
    try {
      const answer = await getCustomerServiceList(login)
      if (current !== servicesGeneration) return
      customerServices.value = answer.Services.filter((service) => service.Accessible === 1).map((service) => ({ id: service.ID, name: service.FullName }))
    } catch (failure) {
      if (current === servicesGeneration) servicesError.value = failure
    } finally {
      if (current === servicesGeneration) loading.value = false
    }
  }

  async function loadSlas(): Promise<void> {
    const id = toValue(serviceId)
    const current = ++slasGeneration
    slas.value = []
    slasError.value = null
    if (id === null) return
    try {
      const loaded = await reference.loadSlas(id)
      if (current === slasGeneration) slas.value = loaded
    } catch (failure) {
      if (current === slasGeneration) slasError.value = failure
    }
  }

  watch(() => toValue(customerUserLogin), loadServices, { immediate: true })
  watch(() => toValue(serviceId), loadSlas, { immediate: true })

  const services = computed<ServiceOption[]>(
    () => customerServices.value ?? reference.services.map((service) => ({ id: service.ID, name: service.Title })),
  )
  const servicesFailed = computed(() =>
    customerServices.value === null ? reference.partStates.services === 'error' : servicesError.value !== null,
  )
  const slasFailed = computed(() => slasError.value !== null)
  /** The first failure, for a message. */
  const error = computed(() => servicesError.value ?? slasError.value)

  /** Asks again for whatever could not be loaded. */
  function retryFailed(): void {
    if (servicesError.value !== null) void loadServices()
    else if (customerServices.value === null && servicesFailed.value) void reference.retryFailed().catch(() => undefined)
    if (slasError.value !== null) void loadSlas()
  }

  const serviceName = computed(() => (id: number | null) => services.value.find((service) => service.id === id)?.name ?? reference.serviceById.get(id ?? -1)?.Title ?? null)

  return { services, slas, loading, error, servicesFailed, slasFailed, retryFailed, serviceName }
}
