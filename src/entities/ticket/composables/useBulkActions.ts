import { computed, ref } from 'vue'
import {
  markTicketAsSeen,
  updateLock,
  updateOwner,
  updatePriority,
  updateQueue,
  updateResponsible,
  updateState,
  watchTicket,
} from '@/api/tickets'
import type { Permission, Ticket } from '@/api/types'

export const BULK_KINDS = [
  'lock',
  'unlock',
  'move',
  'state',
  'priority',
  'owner',
  'responsible',
  'watch',
  'unwatch',
  'seen',
  'unseen',
] as const
export type BulkKind = (typeof BULK_KINDS)[number]

/** Kinds that need a target (queue, state, priority or agent ID). */
export type BulkValueKind = Extract<BulkKind, 'move' | 'state' | 'priority' | 'owner' | 'responsible'>
export const VALUE_KINDS: readonly BulkValueKind[] = ['move', 'state', 'priority', 'owner', 'responsible']

export interface BulkAction {
  kind: BulkKind
  /** Queue, state, priority or agent ID for the kinds that need one. */
  value?: number
}

/** What a bulk action needs to know about a ticket (a snapshot taken when it starts). */
export type BulkTicket = Pick<
  Ticket,
  | 'TicketID'
  | 'TicketNumber'
  | 'Title'
  | 'QueueID'
  | 'Queue'
  | 'StateID'
  | 'PriorityID'
  | 'OwnerID'
  | 'ResponsibleID'
  | 'Lock'
  | 'HasWatch'
  | 'Seen'
>

/** An i18n key (under `tickets.bulk.blocked.`) and its values. */
export interface BlockReason {
  key: 'permission' | 'target' | 'lockedByOther' | 'unchanged'
  params: Record<string, string>
}

export type OutcomeStatus = 'waiting' | 'running' | 'done' | 'partial' | 'failed' | 'skipped'

export interface BulkOutcome {
  ticket: BulkTicket
  action: BulkAction
  status: OutcomeStatus
  /** The failure as thrown (an ApiError carries the server's reason). */
  error: unknown
  skipReason: BlockReason | null
  /** For `partial`: what the server did not apply (e.g. `Owner` after a lock). */
  failedFields: string[]
}

export interface PermissionContext {
  can: (permission: Permission, queueId: number) => boolean
  /** The signed-in agent's ID (their own locks may be changed). */
  agentId: number | null
  /** Queue names for the reasons. */
  queueName?: (queueId: number) => string
}

/** The permission the agent needs in the ticket's queue for an action. */
export function requiredPermission(kind: BulkKind): Permission {
  switch (kind) {
    case 'priority':
      return 'priority'
    case 'owner':
      return 'owner'
    case 'watch':
    case 'unwatch':
    case 'seen':
    case 'unseen':
      return 'ro'
    default:
      // Lock, move (rw on the old queue), state, responsible.
      return 'rw'
  }
}

function unchanged(action: BulkAction, ticket: BulkTicket, agentId: number | null): boolean {
  switch (action.kind) {
    case 'lock':
      return ticket.Lock === 'lock' && ticket.OwnerID === agentId
    case 'unlock':
      return ticket.Lock !== 'lock'
    case 'move':
      return ticket.QueueID === action.value
    case 'state':
      return ticket.StateID === action.value
    case 'priority':
      return ticket.PriorityID === action.value
    case 'owner':
      return ticket.OwnerID === action.value
    case 'responsible':
      return ticket.ResponsibleID === action.value
    case 'watch':
      return ticket.HasWatch === 1
    case 'unwatch':
      return ticket.HasWatch === 0
    case 'seen':
      return ticket.Seen === 1
    case 'unseen':
      return ticket.Seen === 0
  }
}

/**
 * Why the agent may not run `action` on `ticket`, or null. The server does not check everything
 * (it lets agents lock where they may only read, and checks only the target of a move), so the
 * console decides from the agent's permissions before anything is sent. Another agent's lock is
 * never broken in bulk: that needs a deliberate take-over on the ticket itself.
 */
export function blockReason(action: BulkAction, ticket: BulkTicket, context: PermissionContext): BlockReason | null {
  const queue = (id: number) => context.queueName?.(id) ?? String(id)
  if (!context.can(requiredPermission(action.kind), ticket.QueueID)) {
    return { key: 'permission', params: { queue: queue(ticket.QueueID) } }
  }
  if (action.kind === 'move' && action.value !== undefined && !context.can('move_into', action.value)) {
    return { key: 'target', params: { queue: queue(action.value) } }
  }
  if ((action.kind === 'lock' || action.kind === 'unlock') && ticket.Lock === 'lock' && ticket.OwnerID !== context.agentId) {
    return { key: 'lockedByOther', params: {} }
  }
  if (unchanged(action, ticket, context.agentId)) return { key: 'unchanged', params: {} }
  return null
}

/** The action that restores what `action` changed on `ticket`, where the API allows it. */
export function inverseOf(action: BulkAction, ticket: BulkTicket): BulkAction {
  switch (action.kind) {
    case 'lock':
      return { kind: 'unlock' }
    case 'unlock':
      return { kind: 'lock' }
    case 'move':
      return { kind: 'move', value: ticket.QueueID }
    case 'state':
      return { kind: 'state', value: ticket.StateID }
    case 'priority':
      return { kind: 'priority', value: ticket.PriorityID }
    case 'owner':
      return { kind: 'owner', value: ticket.OwnerID }
    case 'responsible':
      return { kind: 'responsible', value: ticket.ResponsibleID }
    case 'watch':
      return { kind: 'unwatch' }
    case 'unwatch':
      return { kind: 'watch' }
    case 'seen':
      return { kind: 'unseen' }
    case 'unseen':
      return { kind: 'seen' }
  }
}

/** The snapshot as it is after `action` went through (the input of an undo). */
export function appliedTo(action: BulkAction, ticket: BulkTicket, agentId: number | null): BulkTicket {
  const value = action.value ?? 0
  switch (action.kind) {
    case 'lock':
      return { ...ticket, Lock: 'lock', OwnerID: agentId ?? ticket.OwnerID }
    case 'unlock':
      return { ...ticket, Lock: 'unlock' }
    case 'move':
      return { ...ticket, QueueID: value }
    case 'state':
      return { ...ticket, StateID: value }
    case 'priority':
      return { ...ticket, PriorityID: value }
    case 'owner':
      // The new owner gets the lock.
      return { ...ticket, OwnerID: value, Lock: 'lock' }
    case 'responsible':
      return { ...ticket, ResponsibleID: value }
    case 'watch':
    case 'unwatch':
      return { ...ticket, HasWatch: action.kind === 'watch' ? 1 : 0 }
    case 'seen':
    case 'unseen':
      return { ...ticket, Seen: action.kind === 'seen' ? 1 : 0 }
  }
}

/** Runs one action on one ticket; returns what the server did not apply (empty: all done). */
async function perform(action: BulkAction, ticketId: number, undoing: boolean): Promise<string[]> {
  const value = action.value ?? 0
  switch (action.kind) {
    case 'lock':
    case 'unlock':
      return (await updateLock({ ticketId, lock: action.kind })).failedFields
    case 'move':
      await updateQueue({ ticketId, queueId: value })
      return []
    case 'state':
      return (await updateState({ ticketId, stateId: value })).failedFields
    case 'priority':
      await updatePriority({ ticketId, priorityId: value })
      return []
    case 'owner':
      // Giving a ticket back on undo must work although the new owner now holds the lock.
      await updateOwner({ ticketId, userId: value, rule: undoing ? 'TicketEdit' : undefined })
      return []
    case 'responsible':
      await updateResponsible({ ticketId, userId: value })
      return []
    case 'watch':
    case 'unwatch':
      await watchTicket({ ticketId, subscribe: action.kind === 'watch' })
      return []
    case 'seen':
    case 'unseen':
      await markTicketAsSeen({ ticketId, seen: action.kind === 'seen' })
      return []
  }
}

/** Runs `worker` over `items` with at most `limit` at a time, in order of the items. */
export async function runWithConcurrency<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next]
      next += 1
      await worker(item)
    }
  })
  await Promise.all(lanes)
}

export const BULK_CONCURRENCY = 4

function toSnapshot(ticket: BulkTicket): BulkTicket {
  const { TicketID, TicketNumber, Title, QueueID, Queue, StateID, PriorityID, OwnerID, ResponsibleID, Lock, HasWatch, Seen } = ticket
  return { TicketID, TicketNumber, Title, QueueID, Queue, StateID, PriorityID, OwnerID, ResponsibleID, Lock, HasWatch, Seen }
}

/**
 * Bulk actions on selected tickets: a few at a time, with progress and a per-ticket outcome
 * (done, partly done, failed with the server's reason, or skipped because the agent may not).
 * Failed ones can be retried; what was done can be undone where the API allows it.
 */
export function useBulkActions(options: { concurrency?: number } = {}) {
  const concurrency = options.concurrency ?? BULK_CONCURRENCY
  const outcomes = ref<BulkOutcome[]>([])
  const running = ref(false)
  /** The action of the run on display (the undo is a run of its own). */
  const action = ref<BulkAction | null>(null)
  const undoing = ref(false)
  let context: PermissionContext | null = null

  const finished = computed(() => outcomes.value.filter((outcome) => outcome.status !== 'waiting' && outcome.status !== 'running').length)
  const counts = computed(() => {
    const result: Record<OutcomeStatus, number> = { waiting: 0, running: 0, done: 0, partial: 0, failed: 0, skipped: 0 }
    for (const outcome of outcomes.value) result[outcome.status] += 1
    return result
  })
  const canRetry = computed(() => !running.value && counts.value.failed > 0)
  const canUndo = computed(() => !running.value && !undoing.value && counts.value.done + counts.value.partial > 0)

  async function execute(targets: BulkOutcome[]): Promise<void> {
    running.value = true
    for (const outcome of targets) outcome.status = 'waiting'
    try {
      await runWithConcurrency(targets, concurrency, async (outcome) => {
        outcome.status = 'running'
        outcome.error = null
        outcome.failedFields = []
        try {
          const failedFields = await perform(outcome.action, outcome.ticket.TicketID, undoing.value)
          outcome.failedFields = failedFields
          outcome.status = failedFields.length > 0 ? 'partial' : 'done'
        } catch (error) {
          outcome.error = error
          outcome.status = 'failed'
        }
      })
    } finally {
      running.value = false
    }
  }

  function plan(items: Array<{ ticket: BulkTicket; action: BulkAction }>): BulkOutcome[] {
    outcomes.value = items.map(({ ticket, action: itemAction }) => {
      const reason = context ? blockReason(itemAction, ticket, context) : null
      return {
        ticket,
        action: itemAction,
        status: reason ? 'skipped' : 'waiting',
        error: null,
        skipReason: reason,
        failedFields: [],
      }
    })
    return outcomes.value.filter((outcome) => outcome.status === 'waiting')
  }

  /** Runs `next` on every ticket the agent may change; the others are reported as skipped. */
  async function run(next: BulkAction, tickets: readonly BulkTicket[], permissions: PermissionContext): Promise<void> {
    if (running.value) return
    context = permissions
    action.value = next
    undoing.value = false
    await execute(plan(tickets.map((ticket) => ({ ticket: toSnapshot(ticket), action: next }))))
  }

  /** Runs the failed ones again (only those: the done ones are not sent twice). */
  async function retryFailed(): Promise<void> {
    if (!canRetry.value) return
    await execute(outcomes.value.filter((outcome) => outcome.status === 'failed'))
  }

  /** Restores the previous values of every ticket that was changed. */
  async function undo(): Promise<void> {
    if (!canUndo.value || !context) return
    const agentId = context.agentId
    const items = outcomes.value
      .filter((outcome) => outcome.status === 'done' || outcome.status === 'partial')
      .map((outcome) => ({
        ticket: appliedTo(outcome.action, outcome.ticket, agentId),
        action: inverseOf(outcome.action, outcome.ticket),
      }))
    undoing.value = true
    await execute(plan(items))
  }

  function clear(): void {
    if (running.value) return
    outcomes.value = []
    action.value = null
    undoing.value = false
  }

  return { outcomes, running, action, undoing, finished, counts, canRetry, canUndo, run, retryFailed, undo, clear }
}
