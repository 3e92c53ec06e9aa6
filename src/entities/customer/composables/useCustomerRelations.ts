import { ref, shallowRef } from 'vue'
import { getCustomerUserList } from '@/api/customers'
import { getTicketList } from '@/api/tickets'
import type { CustomerUserListItem, Ticket } from '@/api/types'

export type RelationState = 'idle' | 'loading' | 'done' | 'error'

const TICKETS_PER_LIST = 25

/** A small loader with an explicit state; a newer load wins over a slower older one. */
function useLoader<T>(empty: T) {
  const state = ref<RelationState>('idle')
  const data = shallowRef<T>(empty)
  const error = ref<unknown>(null)
  let generation = 0
  async function run(fetcher: () => Promise<T>): Promise<void> {
    const current = ++generation
    state.value = 'loading'
    error.value = null
    try {
      const result = await fetcher()
      if (current !== generation) return
      data.value = result
      state.value = 'done'
    } catch (failure) {
      if (current !== generation) return
      error.value = failure
      state.value = 'error'
    }
  }
  return { state, data, error, run }
}

/** The other users of a customer's company (getCustomerUserList CustomerID). */
export function useCompanyUsers() {
  const loader = useLoader<CustomerUserListItem[]>([])
  function load(customerId: string, exceptLogin: string): Promise<void> {
    return loader.run(async () => {
      const answer = await getCustomerUserList({ customerId })
      return answer.CustomerUsers.filter((user) => user.Login !== exceptLogin)
    })
  }
  return { state: loader.state, users: loader.data, error: loader.error, load }
}

/** A customer user's tickets of one state type (getTicketList CustomerUserLogin), newest first. */
export function useCustomerTickets(stateType: 'Open' | 'Closed') {
  const loader = useLoader<Ticket[]>([])
  function load(login: string): Promise<void> {
    return loader.run(async () => (await getTicketList({ customerUserLogin: login, stateType, limit: TICKETS_PER_LIST })).Tickets)
  }
  return { state: loader.state, tickets: loader.data, error: loader.error, load }
}
