/** The mutable part of the world: tickets, articles and what agents did to them. */

export type DynamicFieldValue = string | number | string[]

export interface StoredFile {
  filename: string
  contentType: string
  content: Buffer
  disposition: 'attachment' | 'inline'
  contentId: string | null
  /** The article's HTML body is stored like an attachment (that is how OTRS keeps it) */
  isHtmlBody?: boolean
}

export type CommunicationChannel = 'email' | 'phone' | 'internal' | 'chat'

export interface Article {
  id: number
  ticketId: number
  channel: CommunicationChannel
  /** 1 agent, 2 system, 3 customer */
  senderTypeId: 1 | 2 | 3
  isVisibleForCustomer: 0 | 1
  from: string
  to: string | null
  cc: string | null
  bcc: string | null
  replyTo: string | null
  subject: string
  /** Plain-text body (for HTML articles: the text rendering OTRS keeps next to the HTML) */
  body: string
  messageId: string | null
  inReplyTo: string | null
  references: string | null
  created: number
  createBy: number
  changeBy: number
  /** Attachments and the HTML body, in the order OTRS numbers them (FileID = position + 1) */
  files: StoredFile[]
  dynamicFields: Record<string, DynamicFieldValue>
  seenBy: AgentFlags
}

export interface TicketLink { ticketId: number; linkType: 'Normal' | 'ParentChild'; /** our role in the link */ direction: 'Source' | 'Target' }

export interface Ticket {
  id: number
  number: string
  title: string
  queueId: number
  stateId: number
  priorityId: number
  typeId: number
  lockId: 1 | 2
  ownerId: number
  responsibleId: number
  customerId: string | null
  customerUserId: string | null
  serviceId: number | null
  slaId: number | null
  created: number
  changed: number
  createBy: number
  changeBy: number
  /** Pending time (unix seconds, 0 = none); kept even when the state is not a pending one */
  pendingUntil: number
  /** Last lock change (unix seconds, 0 = never) */
  unlockTimeout: number
  archiveFlag: 'y' | 'n'
  /** Escalation destinations (unix seconds, 0 = none) */
  firstResponseDue: number
  solutionDue: number
  consumedTime: number
  dynamicFields: Record<string, DynamicFieldValue>
  watcherIds: number[]
  links: TicketLink[]
  articleIds: number[]
  /** Agents whose "Seen" ticket flag is set */
  seenBy: AgentFlags
}

/**
 * A small set of agent IDs kept as bits of one number. Every ticket and article carries one (its
 * Seen flags), so a real Set per object would cost most of the memory of a 50,000-ticket world.
 */
export class AgentFlags {
  private bits = 0

  constructor(agentIds: Iterable<number> = []) {
    for (const id of agentIds) this.add(id)
  }

  has(agentId: number): boolean { return agentId >= 0 && agentId < 31 && (this.bits & (1 << agentId)) !== 0 }
  add(agentId: number): void { if (agentId >= 0 && agentId < 31) this.bits |= 1 << agentId }
  delete(agentId: number): void { if (agentId >= 0 && agentId < 31) this.bits &= ~(1 << agentId) }
  copy(): AgentFlags {
    const copy = new AgentFlags()
    copy.bits = this.bits
    return copy
  }
}
