import { computed, type ComputedRef } from 'vue'
import type { Ticket } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'
import { groupByEscalation, pendingReminderReached, secondsUntilEndOfDay, type EscalationGroups } from '@/utils/escalationBuckets'
import type { OpenTicketSnapshot } from './useOpenTicketSnapshot'

/** The agent's OTRS time zone (their "today"), else the browser's. */
export function useAgentTimeZone(): ComputedRef<string> {
  const reference = useReferenceStore()
  const session = useSessionStore()
  return computed(() => {
    const id = session.me?.ID
    const zone = id === undefined ? null : reference.agentById.get(id)?.UserTimeZone
    return zone || Intl.DateTimeFormat().resolvedOptions().timeZone
  })
}

/**
 * What escalates soon, and which pending reminders are due, from the open-ticket snapshot (as of
 * the snapshot: the groups change when it is refreshed, not every second).
 */
export function useEscalations(snapshot: Pick<OpenTicketSnapshot, 'tickets' | 'fetchedAt'>): {
  groups: ComputedRef<EscalationGroups<Ticket>>
  remindersDue: ComputedRef<Ticket[]>
  timeZone: ComputedRef<string>
} {
  const timeZone = useAgentTimeZone()
  const groups = computed(() => {
    const at = snapshot.fetchedAt.value ?? Date.now()
    return groupByEscalation(snapshot.tickets.value, secondsUntilEndOfDay(at, timeZone.value))
  })
  const remindersDue = computed(() => pendingReminderReached(snapshot.tickets.value))
  return { groups, remindersDue, timeZone }
}
