import { computed, type Ref } from 'vue'
import type { Permission, Ticket } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'

/** Whether an action is allowed, and if not, the message key that says why. */
export interface Allowance {
  allowed: boolean
  reason: string | null
}

/** A button of the ticket's toolbar. */
export interface TicketAction {
  key: 'note' | 'phone' | 'reply' | 'close' | 'lock' | 'watch'
  label: string
  shortcut?: string
  allowance: Allowance
  busy?: boolean
  primary?: boolean
}

/**
 * What the agent may do with this ticket, from getUserPermissions (the server does not check
 * everything itself). Each answer carries the reason the screen shows on a disabled control.
 */
export function useTicketPermissions(ticket: Ref<Ticket | null>) {
  const reference = useReferenceStore()

  function allow(...kinds: Permission[]): Allowance {
    const queueId = ticket.value?.QueueID
    const allowed = kinds.every((kind) => reference.can(kind, queueId))
    return { allowed, reason: allowed ? null : `ticket.permissions.needs.${kinds.join('_')}` }
  }

  const edit = computed(() => allow('rw'))
  const owner = computed(() => (reference.can('owner', ticket.value?.QueueID) ? allow('owner') : allow('rw')))
  const priority = computed(() => (reference.can('priority', ticket.value?.QueueID) ? allow('priority') : allow('rw')))
  const move = computed<Allowance>(() => {
    const anyTarget = reference.queuesForMove.some((queue) => queue.ID !== ticket.value?.QueueID)
    return anyTarget ? { allowed: true, reason: null } : { allowed: false, reason: 'ticket.permissions.needs.move_into' }
  })
  // createArticle needs rw, or note together with owner.
  const note = computed<Allowance>(() => {
    const queueId = ticket.value?.QueueID
    const allowed = reference.can('rw', queueId) || (reference.can('note', queueId) && reference.can('owner', queueId))
    return { allowed, reason: allowed ? null : 'ticket.permissions.needs.note' }
  })
  const reply = edit
  const lock = edit
  const watch = computed(() => allow('ro'))

  return { edit, owner, priority, move, note, reply, lock, watch }
}
