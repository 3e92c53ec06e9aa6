import type { Ticket } from '@/api/types'

/** A field of the ticket editor; dynamic fields are `df:<Name>`. */
export type EditorField =
  | 'title'
  | 'queue'
  | 'type'
  | 'service'
  | 'sla'
  | 'customer'
  | 'lock'
  | 'archive'
  | 'state'
  | 'owner'
  | 'responsible'
  | 'priority'
  | 'pending'
  | `df:${string}`

const SERVER_NAMES: Record<string, EditorField> = {
  Title: 'title',
  Queue: 'queue',
  QueueID: 'queue',
  Type: 'type',
  TypeID: 'type',
  Service: 'service',
  ServiceID: 'service',
  SLA: 'sla',
  SLAID: 'sla',
  Customer: 'customer',
  CustomerID: 'customer',
  CustomerUserID: 'customer',
  Lock: 'lock',
  LockID: 'lock',
  ArchiveFlag: 'archive',
  State: 'state',
  StateID: 'state',
  Owner: 'owner',
  NewOwner: 'owner',
  NewOwnerID: 'owner',
  Responsible: 'responsible',
  NewResponsibleUser: 'responsible',
  NewResponsibleUserID: 'responsible',
  Priority: 'priority',
  PriorityID: 'priority',
  PendingTime: 'pending',
  UntilTimeDateUnix: 'pending',
  Year: 'pending',
  Month: 'pending',
  Day: 'pending',
  Hour: 'pending',
  Minute: 'pending',
}

/**
 * Maps the names in "The follow parameters wasn't updated: …" to editor fields. Names the console
 * does not know are returned apart, so nothing the server refused goes unmentioned.
 */
export function mapFailedFields(names: readonly string[]): { fields: EditorField[]; unknown: string[] } {
  const fields = new Set<EditorField>()
  const unknown: string[] = []
  for (const name of names) {
    const known = SERVER_NAMES[name]
    if (known) fields.add(known)
    else if (name.startsWith('DynamicField_')) fields.add(`df:${name.slice('DynamicField_'.length)}`)
    else unknown.push(name)
  }
  return { fields: [...fields], unknown }
}

/** Fields that change only while the agent holds the lock. */
export const LOCK_BOUND_FIELDS: ReadonlySet<EditorField> = new Set<EditorField>(['state', 'owner', 'priority'])

/** A field of another agent's change that the stale-write warning names. */
export interface TicketDifference {
  field: 'title' | 'queue' | 'state' | 'priority' | 'type' | 'owner' | 'responsible' | 'lock' | 'customer' | 'service' | 'sla' | 'articles' | 'other'
  before: string
  after: string
}

/** What changed between the ticket the agent is looking at and the server's current one. */
export function ticketDifferences(before: Ticket, after: Ticket, articlesBefore: number, articlesAfter: number): TicketDifference[] {
  const pairs: Array<[TicketDifference['field'], string | null | undefined, string | null | undefined]> = [
    ['title', before.Title, after.Title],
    ['queue', before.Queue, after.Queue],
    ['state', before.State, after.State],
    ['priority', before.Priority, after.Priority],
    ['type', before.Type, after.Type],
    ['owner', before.Owner, after.Owner],
    ['responsible', before.Responsible, after.Responsible],
    ['lock', before.Lock, after.Lock],
    ['customer', before.CustomerUserID, after.CustomerUserID],
    ['service', before.Service ?? String(before.ServiceID ?? ''), after.Service ?? String(after.ServiceID ?? '')],
    ['sla', before.SLA ?? String(before.SLAID ?? ''), after.SLA ?? String(after.SLAID ?? '')],
  ]
  const differences: TicketDifference[] = pairs
    .filter(([, a, b]) => (a ?? '') !== (b ?? ''))
    .map(([field, a, b]) => ({ field, before: a ?? '', after: b ?? '' }))
  if (articlesAfter !== articlesBefore) {
    differences.push({ field: 'articles', before: String(articlesBefore), after: String(articlesAfter) })
  }
  if (differences.length === 0) differences.push({ field: 'other', before: before.Changed, after: after.Changed })
  return differences
}
