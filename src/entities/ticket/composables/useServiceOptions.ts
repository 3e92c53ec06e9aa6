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
 * console offers only these), and the SLAs of the chosen service.
 */
export function useServiceOptions(customerUserLogin: MaybeRefOrGetter<string | null>, serviceId: MaybeRefOrGetter<number | null>) {
  const reference = useReferenceStore()
  const services = shallowRef<ServiceOption[]>([])
  const slas = shallowRef<SlaItem[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  let generation = 0

  watch(
    () => toValue(customerUserLogin),
    async (login) => {
      const current = ++generation
      error.value = null
      if (!login) {
        services.value = reference.services.map((service) => ({ id: service.ID, name: service.Title }))
        return
      }
      loading.value = true
      try {
        const answer = await getCustomerServiceList(login)
        if (current !== generation) return
        services.value = answer.Services.filter((service) => service.Accessible === 1).map((service) => ({ id: service.ID, name: service.FullName }))
      } catch (failure) {
        if (current === generation) error.value = failure
      } finally {
        if (current === generation) loading.value = false
      }
    },
    { immediate: true },
  )

  watch(
    () => toValue(serviceId),
    async (id) => {
      slas.value = []
      if (id === null) return
      try {
        slas.value = await reference.loadSlas(id)
      } catch (failure) {
        error.value = failure
      }
    },
    { immediate: true },
  )

  const serviceName = computed(() => (id: number | null) => services.value.find((service) => service.id === id)?.name ?? reference.serviceById.get(id ?? -1)?.Title ?? null)

  return { services, slas, loading, error, serviceName }
}
