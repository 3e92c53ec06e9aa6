import { computed, type Ref } from 'vue'
import type { Permission, Ticket } from '@/api/types'
import { useReferenceStore, type ReferencePart } from '@/stores/reference'

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

/** The reason of every control while the agent's permissions could not be loaded (not "read-only"). */
export const PERMISSIONS_UNKNOWN = 'reference.permissionsUnknown'

/**
 * What the agent may do with this ticket, from getUserPermissions (the server does not check
 * everything itself). Each answer carries the reason the screen shows on a disabled control.
 * Until the permissions have arrived nothing is allowed, and nothing is called read-only either:
 * while they load there is no reason, when their load failed the reason says they are unknown.
 */
export function useTicketPermissions(ticket: Ref<Ticket | null>) {
  const reference = useReferenceStore()

  /** The allowance while `parts` are not all there, or null once they are. */
  function unknown(parts: readonly ReferencePart[]): Allowance | null {
    if (parts.every((part) => reference.hasPart(part))) return null
    const failed = parts.some((part) => reference.partStates[part] === 'error')
    return { allowed: false, reason: failed ? PERMISSIONS_UNKNOWN : null }
  }

  function allow(...kinds: Permission[]): Allowance {
    const pending = unknown(['permissions'])
    if (pending) return pending
    const queueId = ticket.value?.QueueID
    const allowed = kinds.every((kind) => reference.can(kind, queueId))
    return { allowed, reason: allowed ? null : `ticket.permissions.needs.${kinds.join('_')}` }
  }

  const edit = computed(() => allow('rw'))
  const owner = computed(() => (reference.can('owner', ticket.value?.QueueID) ? allow('owner') : allow('rw')))
  const priority = computed(() => (reference.can('priority', ticket.value?.QueueID) ? allow('priority') : allow('rw')))
  const move = computed<Allowance>(() => {
    const pending = unknown(['permissions', 'queues', 'moveQueues'])
    if (pending) return pending
    const anyTarget = reference.queuesForMove.some((queue) => queue.ID !== ticket.value?.QueueID)
    return anyTarget ? { allowed: true, reason: null } : { allowed: false, reason: 'ticket.permissions.needs.move_into' }
  })
  // createArticle needs rw, or note together with owner.
  const note = computed<Allowance>(() => {
    const pending = unknown(['permissions'])
    if (pending) return pending
    const queueId = ticket.value?.QueueID
    const allowed = reference.can('rw', queueId) || (reference.can('note', queueId) && reference.can('owner', queueId))
    return { allowed, reason: allowed ? null : 'ticket.permissions.needs.note' }
  })
  const reply = edit
  const lock = edit
  const watch = computed(() => allow('ro'))

  return { edit, owner, priority, move, note, reply, lock, watch }
}
