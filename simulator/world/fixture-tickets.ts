/**
 * The 31 tickets behind the recorded fixtures, as they stood before the recorded writes. Fields the
 * fixtures show are copied; the few tickets no fixture shows (4, 8, 9, 13, 21) are filled in so that
 * the recorded counts (per queue, state type, owner, customer, view…) still come out the same.
 * Times are offsets in seconds from the moment the world is built.
 */

export type FixtureArticleKind = 'customer' | 'reply' | 'note' | 'followup'

export interface FixtureTicketSpec {
  id: number
  title: string
  queueId: number
  stateId: number
  typeId: number
  lockId: 1 | 2
  ownerId: number
  customerUserId: string | null
  serviceId: number | null
  slaId: number | null
  /** Seconds before the world's "now" the ticket was created */
  ageSeconds: number
  /** Pending time relative to now (negative: overdue reminder); 0 = none */
  pendingOffset?: number
  /** First response / solution due, seconds after creation (0 = responded or no SLA) */
  escalation?: { response: number; solution: number }
  articles: FixtureArticleKind[]
  consumedTime?: number
}

const DAY = 86400

/** The agents' Seen flags the fixtures show for root@localhost */
export const ROOT_UNSEEN_TICKETS = new Set([1, 6, 8, 13, 15, 16, 18, 19, 21, 23, 24, 27, 31])
/** Single articles root had not read although the ticket flag says seen (ticket 7's note) */
export const ROOT_UNSEEN_ARTICLES = new Set([12])
/** Tickets whose agent notes blame the firewall change (FullTextSearch %firewall% finds 9) */
export const FIREWALL_TICKETS = new Set([3, 7, 11, 15, 16, 19, 23, 27, 31])
/** Tickets with time already booked on them */
export const CONSUMED_TIME: Record<number, number> = { 16: 15, 27: 15, 31: 15 }
/** Tickets whose lock was touched during the lab set-up (UnlockTimeout is set) */
export const LOCK_TOUCHED = new Set([3, 6, 7, 11, 12, 15, 16, 19, 23, 27, 30, 31])

/**
 * 1 = customer article (the first one), then replies, notes and follow-ups. 51 articles in all: the
 * recorded createTicket calls used 52–55, so the first createArticle answered ArticleID 56.
 */
const ARTICLE_COUNTS: Record<number, number> = {
  1: 1, 2: 1, 3: 3, 4: 1, 5: 1, 6: 2, 7: 3, 8: 1, 9: 1, 10: 2, 11: 3, 12: 2, 13: 1, 14: 1, 15: 2, 16: 2,
  17: 1, 18: 2, 19: 2, 20: 1, 21: 1, 22: 1, 23: 3, 24: 2, 25: 1, 26: 1, 27: 3, 28: 1, 29: 2, 30: 1, 31: 2,
}

function articleKinds(id: number): FixtureArticleKind[] {
  const count = ARTICLE_COUNTS[id]
  const kinds: FixtureArticleKind[] = ['customer']
  if (count === 2) kinds.push(FIREWALL_TICKETS.has(id) ? 'note' : 'reply')
  if (count === 3) kinds.push('reply', FIREWALL_TICKETS.has(id) ? 'note' : 'followup')
  return kinds
}

type Row = [id: number, title: string, queueId: number, stateId: number, typeId: number, lockId: 1 | 2, ownerId: number, customerUserId: string | null, pendingOffset?: number]

/** Columns: ID, title, queue, state, type, lock, owner, customer user, pending time */
const ROWS: Row[] = [
  [2, 'Printer on 3rd floor jams constantly', 5, 1, 1, 1, 1, 'jdoe'],
  [3, 'Cannot access VPN from home office', 6, 4, 2, 2, 2, 'bwayne'],
  [4, 'New employee onboarding: laptop setup', 6, 6, 3, 1, 4, 'msmith', 2 * DAY + 3600],
  [5, 'Email bounces from partner domain', 2, 2, 4, 1, 1, 'kmüller'],
  [6, 'Invoice 2026-0042 shows wrong VAT', 5, 1, 1, 1, 2, 'jdoe'],
  [7, 'Monitor flickers after docking', 1, 4, 2, 1, 1, 'bwayne'],
  [8, 'Shared mailbox permissions for finance', 5, 2, 3, 1, 2, 'msmith'],
  [9, 'Replacement toner cartridges order', 6, 7, 4, 1, 4, 'kmüller', 3 * DAY],
  [10, 'Outlook crashes on startup', 4, 1, 1, 1, 1, 'jdoe'],
  [11, 'Server room temperature alarm', 5, 4, 2, 2, 2, 'bwayne'],
  [12, 'Wi-Fi drops in meeting room B', 5, 6, 3, 1, 1, 'msmith', -79200],
  [13, 'Spam filter blocks supplier invoices', 3, 3, 4, 1, 2, 'kmüller'],
  [14, 'Keyboard replacement', 7, 1, 1, 1, 4, 'jdoe'],
  [15, 'Contract renewal Globex 2027', 2, 4, 2, 2, 1, 'bwayne'],
  [16, 'Phishing mail reported by user', 5, 6, 3, 1, 2, 'msmith', 266401],
  [17, 'Slow ERP performance Mondays', 1, 2, 4, 1, 1, 'kmüller'],
  [18, 'Headset not recognized in Teams', 7, 1, 1, 1, 2, 'jdoe'],
  [19, 'Upgrade request: 32GB RAM', 6, 4, 2, 1, 4, 'bwayne'],
  [20, 'License key expired for CAD tool', 4, 6, 3, 1, 1, 'msmith', -79199],
  [21, 'Password reset for ERP account', 4, 2, 4, 1, 2, 'kmüller'],
  [22, 'Ümlaut test: Müller kann nicht drucken', 5, 1, 1, 1, 1, 'jdoe'],
  [23, 'Backup job failed last night', 6, 4, 2, 2, 2, 'bwayne'],
  [24, 'Mobile phone enrollment', 7, 6, 3, 1, 4, 'msmith', 266401],
  [25, 'Price list 2027 request', 2, 2, 4, 1, 1, 'kmüller'],
  [26, 'Docking station missing cable', 5, 1, 1, 1, 2, 'jdoe'],
  [27, 'Calendar sync broken on iPhone', 1, 4, 2, 2, 1, 'bwayne'],
  [28, 'Confidential: HR system access review', 8, 6, 3, 1, 2, 'msmith', -79198],
  [29, 'Restricted: audit findings follow-up', 8, 2, 4, 1, 4, 'kmüller'],
  [30, 'Projector in room A broken', 4, 1, 1, 1, 1, 'jdoe'],
  [31, 'Newsletter unsubscribe not working', 5, 4, 2, 1, 2, 'bwayne'],
]

/** Escalation destinations the fixtures show (seconds after creation) */
const ESCALATIONS: Record<number, { response: number; solution: number }> = {
  2: { response: 3600, solution: 68400 },
  3: { response: 0, solution: 504000 },
  11: { response: 3600, solution: 241200 },
  14: { response: 3600, solution: 68400 },
  20: { response: 49690, solution: 74890 },
  23: { response: 3600, solution: 68400 },
  26: { response: 136089, solution: 161289 },
}

export const FIXTURE_TICKETS: FixtureTicketSpec[] = [
  {
    id: 1, title: 'Znuny says hi!', queueId: 2, stateId: 1, typeId: 1, lockId: 1, ownerId: 1, customerUserId: null,
    serviceId: null, slaId: null, ageSeconds: 180, articles: ['customer'],
  },
  ...ROWS.map(([id, title, queueId, stateId, typeId, lockId, ownerId, customerUserId, pendingOffset]): FixtureTicketSpec => {
    // Every third ticket (2, 5, 8, …) was created with service IT Support and SLA Gold; ticket 3 got Hardware/Silver.
    const withGold = (id - 2) % 3 === 0
    return {
      id, title, queueId, stateId, typeId, lockId, ownerId, customerUserId,
      serviceId: id === 3 ? 3 : withGold ? 1 : null,
      slaId: id === 3 ? 2 : withGold ? 1 : null,
      ageSeconds: (32 - id) * DAY,
      pendingOffset,
      escalation: ESCALATIONS[id],
      articles: articleKinds(id),
      consumedTime: CONSUMED_TIME[id],
    }
  }),
]

/** Priority pattern of the lab seed script: by ticket ID modulo 5 */
export function fixturePriority(id: number): number {
  if (id === 1) return 3
  return [5, 3, 1, 4, 2][id % 5]
}

/** Responsible: odd tickets anna.full, even ones root */
export function fixtureResponsible(id: number): number {
  return id === 1 ? 1 : id % 2 === 1 ? 2 : 1
}

/** Dynamic field values the seed script set on every even ticket (and more on every eighth) */
export function fixtureDynamicFields(id: number): Record<string, string | number | string[]> {
  if (id === 1 || id % 2 !== 0) return {}
  const values: Record<string, string | number | string[]> = {
    CustomerRef: `REF-${1000 + id - 2}`,
    Category: ['hw', 'sw', 'net'][(id - 2) % 3],
  }
  if ((id - 2) % 8 === 0) {
    values.Tags = ['vip', 'followup']
    values.DueDate = '2026-12-15 00:00:00'
    values.Escalated = 0
  }
  return values
}

export const FIXTURE_WATCHERS: Record<number, number[]> = { 3: [1], 6: [1, 2] }
export const FIXTURE_LINKS: { source: number; target: number; type: 'Normal' | 'ParentChild' }[] = [
  { source: 7, target: 6, type: 'Normal' },
  { source: 6, target: 11, type: 'ParentChild' },
]
