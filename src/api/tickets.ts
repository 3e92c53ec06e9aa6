import { callApi, toCommaList, type CallOptions } from './client'
import type { ArticlesAnswer, TicketCountAnswer, TicketListAnswer } from './types'

export type SortField = 'Age' | 'Changed' | 'Priority' | 'EscalationSolutionTime' | 'TicketNumber' | 'Title' | 'Queue' | 'State' | 'Owner' | 'CustomerID'

/** Filter for getTicketList; lists become comma-separated strings on the wire. */
export interface TicketQuery {
  viewId?: number
  ticketId?: number
  ticketNumber?: string
  title?: string
  fullTextSearch?: string
  queueIds?: number[]
  stateIds?: number[]
  stateType?: 'Open' | 'Closed'
  priorityIds?: number[]
  typeIds?: number[]
  serviceIds?: number[]
  slaIds?: number[]
  lockIds?: number[]
  ownerIds?: number[]
  responsibleIds?: number[]
  watchUserIds?: number[]
  customerId?: string
  customerUserLogin?: string
  sortBy?: SortField[]
  orderBy?: Array<'Up' | 'Down'>
  smartSort?: boolean
  limit?: number
  offset?: number
  dynamicFieldsMode?: 'mobile' | 'all'
}

export function ticketQueryToParams(query: TicketQuery): Record<string, unknown> {
  return {
    ViewID: query.viewId,
    TicketID: query.ticketId,
    TicketNumber: query.ticketNumber,
    Title: query.title,
    FullTextSearch: query.fullTextSearch,
    QueueIDs: toCommaList(query.queueIds),
    StateIDs: toCommaList(query.stateIds),
    StateType: query.stateType,
    PriorityIDs: toCommaList(query.priorityIds),
    TypeIDs: toCommaList(query.typeIds),
    ServiceIDs: toCommaList(query.serviceIds),
    SLAIDs: toCommaList(query.slaIds),
    LockIDs: toCommaList(query.lockIds),
    OwnerIDs: toCommaList(query.ownerIds),
    ResponsibleIDs: toCommaList(query.responsibleIds),
    WatchUserIDs: toCommaList(query.watchUserIds),
    CustomerID: query.customerId,
    CustomerUserLogin: query.customerUserLogin,
    SortBy: toCommaList(query.sortBy),
    OrderBy: toCommaList(query.orderBy),
    SmartSort: query.smartSort ? 1 : undefined,
    Limit: query.limit,
    Offset: query.offset,
    DynamicFieldsMode: query.dynamicFieldsMode,
  }
}

export function getTicketList(query: TicketQuery = {}, options?: CallOptions) {
  return callApi<TicketListAnswer>('tickets', 'getTicketList', ticketQueryToParams(query), options)
}

export async function countTickets(query: TicketQuery = {}, options?: CallOptions): Promise<number> {
  const answer = await callApi<TicketCountAnswer>(
    'tickets',
    'getTicketList',
    { ...ticketQueryToParams(query), Count: 1 },
    options,
  )
  return answer.Count
}

/**
 * All articles of a ticket in one call: the server's paging is broken (Page N ≥ 2 skips N × Limit),
 * and without Limit it returns every article.
 */
export function getArticles(params: { ticketId: number; order?: 'ASC' | 'DESC' }, options?: CallOptions) {
  return callApi<ArticlesAnswer>(
    'tickets',
    'getArticles',
    { TicketID: params.ticketId, Order: params.order ?? 'DESC' },
    options,
  )
}
