import { computed, ref, shallowRef, type ShallowRef } from 'vue'
import { updateLock, updateTicket, watchTicket, type DynamicFieldInput, type PendingTime, type TicketChanges } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { LOCK_BOUND_FIELDS, mapFailedFields, ticketDifferences, type EditorField, type TicketDifference } from './ticketFields'
import { fetchTicket, type TicketSnapshot } from './useTicket'

/** Questions only the agent can answer; the screen shows them as dialogs. */
export interface EditorPrompts {
  /**
   * The change needs the lock the agent does not hold. `holder` names another agent holding it
   * (taking it over), null when the ticket is unlocked. Resolves true to lock and go on.
   */
  confirmLock(request: { fields: EditorField[]; holder: string | null }): Promise<boolean>
  /** Someone else changed the ticket since the screen loaded it. */
  resolveConflict(differences: TicketDifference[]): Promise<'apply' | 'reload' | 'cancel'>
}

export type FieldProblem = { kind: 'notUpdated' } | { kind: 'error'; error: unknown }

export type SaveOutcome =
  | { status: 'saved' }
  | { status: 'partial'; failed: EditorField[]; unknown: string[] }
  | { status: 'cancelled' }
  | { status: 'reloaded' }
  | { status: 'failed'; error: unknown }

/** Side-panel changes not yet sent; one updateTicket sends them all. */
export interface StagedChanges {
  queueId?: number
  stateId?: number
  pending?: PendingTime
  priorityId?: number
  typeId?: number
  ownerId?: number
  responsibleId?: number
  serviceId?: number
  slaId?: number
  customer?: { customerId: string; customerUserId: string }
  dynamicFields?: Record<string, DynamicFieldInput>
}

interface TicketSource {
  ticket: ShallowRef<Ticket | null>
  snapshot: ShallowRef<TicketSnapshot | null>
  replaceTicket(next: Ticket): void
  refresh(): Promise<void>
}

function stagedFields(staged: StagedChanges): EditorField[] {
  const fields: EditorField[] = []
  if (staged.queueId !== undefined) fields.push('queue')
  if (staged.stateId !== undefined) fields.push('state')
  if (staged.pending !== undefined) fields.push('pending')
  if (staged.priorityId !== undefined) fields.push('priority')
  if (staged.typeId !== undefined) fields.push('type')
  if (staged.ownerId !== undefined) fields.push('owner')
  if (staged.responsibleId !== undefined) fields.push('responsible')
  if (staged.serviceId !== undefined) fields.push('service')
  if (staged.slaId !== undefined) fields.push('sla')
  if (staged.customer !== undefined) fields.push('customer')
  for (const name of Object.keys(staged.dynamicFields ?? {})) fields.push(`df:${name}`)
  return fields
}

function toTicketChanges(staged: StagedChanges): TicketChanges {
  return {
    queueId: staged.queueId,
    stateId: staged.stateId,
    pending: staged.pending,
    priorityId: staged.priorityId,
    typeId: staged.typeId,
    ownerId: staged.ownerId,
    responsibleId: staged.responsibleId,
    serviceId: staged.serviceId,
    slaId: staged.slaId,
    customerId: staged.customer?.customerId,
    customerUserId: staged.customer?.customerUserId,
    dynamicFields: staged.dynamicFields && Object.keys(staged.dynamicFields).length > 0 ? staged.dynamicFields : undefined,
  }
}

/**
 * Editing a loaded ticket: side-panel changes are staged and sent in one updateTicket; title,
 * lock, watch and archive go at once. Before every write the ticket is re-read: if someone else
 * changed it the agent decides; state, owner and priority without the lock offer "lock and
 * change" in the same call. Fields the server did not update (partial success) get a problem and
 * show the server's value again; the rest stays applied.
 */
export function useTicketEdit(source: TicketSource, options: { myUserId: () => number | null; prompts: EditorPrompts }) {
  const staged = shallowRef<StagedChanges>({})
  const problems = ref<Partial<Record<EditorField, FieldProblem>>>({})
  const saving = ref<EditorField[]>([])
  const busy = computed(() => saving.value.length > 0)
  const stagedList = computed(() => stagedFields(staged.value))

  function stage(patch: StagedChanges): void {
    const next: StagedChanges = { ...staged.value, ...patch }
    if (patch.dynamicFields) next.dynamicFields = { ...staged.value.dynamicFields, ...patch.dynamicFields }
    staged.value = next
    for (const field of stagedFields(patch)) delete problems.value[field]
  }

  function unstage(field: EditorField): void {
    const next: StagedChanges = { ...staged.value }
    if (field.startsWith('df:')) {
      const rest = { ...next.dynamicFields }
      delete rest[field.slice(3)]
      next.dynamicFields = rest
    } else {
      const key = ({ queue: 'queueId', state: 'stateId', pending: 'pending', priority: 'priorityId', type: 'typeId', owner: 'ownerId', responsible: 'responsibleId', service: 'serviceId', sla: 'slaId', customer: 'customer' } as const)[field as 'queue']
      if (key) delete next[key]
    }
    staged.value = next
  }

  function discard(): void {
    staged.value = {}
  }

  function holdsLock(ticket: Ticket): boolean {
    return ticket.Lock === 'lock' && ticket.OwnerID === options.myUserId()
  }

  async function save(fields: EditorField[], changes: TicketChanges): Promise<SaveOutcome> {
    const current = source.ticket.value
    const snapshot = source.snapshot.value
    if (!current || !snapshot) return { status: 'cancelled' }
    saving.value = fields
    try {
      const fresh = await fetchTicket(current.TicketID)
      const articleCount = fresh.ArticleCount ?? snapshot.articleCount
      if (fresh.Changed !== snapshot.changed || articleCount !== snapshot.articleCount) {
        const choice = await options.prompts.resolveConflict(ticketDifferences(current, fresh, snapshot.articleCount, articleCount))
        if (choice === 'cancel') return { status: 'cancelled' }
        if (choice === 'reload') {
          await source.refresh()
          return { status: 'reloaded' }
        }
      }

      const lockedByOther = fresh.Lock === 'lock' && fresh.OwnerID !== options.myUserId()
      const needsLock = fields.some((field) => LOCK_BOUND_FIELDS.has(field)) && !holdsLock(fresh)
      const touchesOthersLock = changes.lock !== undefined && lockedByOther
      let request = changes
      let takeOver = false
      if (needsLock || touchesOthersLock) {
        const confirmed = await options.prompts.confirmLock({ fields, holder: lockedByOther ? fresh.Owner : null })
        if (!confirmed) return { status: 'cancelled' }
        if (needsLock) request = { ...changes, lock: changes.lock ?? 'lock' }
        // updateTicket skips a lock that is already set; only updateLock takes another agent's lock over.
        takeOver = lockedByOther && request.lock === 'lock'
      }

      let result
      try {
        if (takeOver) {
          const { lock: _lock, ...rest } = request
          const locked = await updateLock({ ticketId: current.TicketID, lock: 'lock' })
          const remaining = Object.values(rest).some((value) => value !== undefined)
          const updated = remaining ? await updateTicket(current.TicketID, rest) : locked
          const failedFields = [...new Set([...(locked.ok ? [] : locked.failedFields), ...(updated.ok ? [] : updated.failedFields)])]
          result = failedFields.length > 0 ? { ok: false as const, failedFields } : updated
        } else {
          result = await updateTicket(current.TicketID, request)
        }
      } catch (failure) {
        for (const field of fields) problems.value[field] = { kind: 'error', error: failure }
        return { status: 'failed', error: failure }
      }
      source.replaceTicket(await fetchTicket(current.TicketID))
      for (const field of fields) delete problems.value[field]
      if (result.ok) return { status: 'saved' }
      const mapped = mapFailedFields(result.failedFields)
      for (const field of mapped.fields) problems.value[field] = { kind: 'notUpdated' }
      return { status: 'partial', failed: mapped.fields, unknown: mapped.unknown }
    } catch (failure) {
      return { status: 'failed', error: failure }
    } finally {
      saving.value = []
    }
  }

  /** Sends every staged change in one updateTicket; staged values are dropped once sent. */
  async function saveStaged(): Promise<SaveOutcome> {
    const fields = stagedFields(staged.value)
    if (fields.length === 0) return { status: 'saved' }
    const outcome = await save(fields, toTicketChanges(staged.value))
    if (outcome.status === 'saved' || outcome.status === 'partial' || outcome.status === 'reloaded') discard()
    return outcome
  }

  async function setWatch(subscribe: boolean): Promise<void> {
    const current = source.ticket.value
    if (!current) return
    await watchTicket({ ticketId: current.TicketID, subscribe })
    source.replaceTicket(await fetchTicket(current.TicketID))
  }

  return { staged, stagedList, problems, saving, busy, stage, unstage, discard, save, saveStaged, setWatch, holdsLock }
}
