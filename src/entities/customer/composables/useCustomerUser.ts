import { ref, shallowRef } from 'vue'
import { getCustomerUser } from '@/api/customers'
import type { CustomerUserRecord } from '@/api/types'

export type CustomerUserState = 'idle' | 'loading' | 'done' | 'error'

/** One customer user's full record (getCustomerUser, extra mapped fields included). */
export function useCustomerUser() {
  const state = ref<CustomerUserState>('idle')
  const record = shallowRef<CustomerUserRecord | null>(null)
  const error = ref<unknown>(null)
  let generation = 0

  async function load(login: string): Promise<CustomerUserRecord | null> {
    const current = ++generation
    state.value = 'loading'
    error.value = null
    try {
      const loaded = await getCustomerUser(login)
      if (current !== generation) return null
      record.value = loaded
      state.value = 'done'
      return loaded
    } catch (failure) {
      if (current !== generation) return null
      record.value = null
      error.value = failure
      state.value = 'error'
      return null
    }
  }

  return { state, record, error, load }
}
