import type { SortField, TicketQuery } from '@/api/tickets'

/**
 * The ticket list's whole state as it lives in the URL, and the pure mapping between the URL query,
 * this state and the getTicketList query. Other screens link into the list with these keys:
 * `view`, `q`, `queueIds`, `stateIds`, `stateType` (Open/Closed), `priorityIds`, `typeIds`,
 * `ownerIds`, `responsibleIds`, `lockIds`, `serviceIds`, `slaIds`, `customerId`, `customerUser`,
 * `watched=1`, `sort`, `order` (Up/Down), `smartSort=1`, `page`, `size`; lists are comma-separated.
 */

export const PAGE_SIZES = [25, 50, 100] as const

export const SORT_FIELDS: readonly SortField[] = [
  'Age',
  'Changed',
  'Priority',
  'EscalationSolutionTime',
  'TicketNumber',
  'Title',
  'Queue',
  'State',
  'Owner',
  'CustomerID',
]

export type OrderDirection = 'Up' | 'Down'
export type StateTypeFilter = 'Open' | 'Closed'

export const ID_LIST_KEYS = [
  'queueIds',
  'stateIds',
  'priorityIds',
  'typeIds',
  'ownerIds',
  'responsibleIds',
  'lockIds',
  'serviceIds',
  'slaIds',
] as const
export type IdListKey = (typeof ID_LIST_KEYS)[number]

export type TicketListFilters = { [K in IdListKey]: number[] } & {
  viewId: number | null
  /** The quick search as the agent typed it (wrapped in `%` only on the wire). */
  q: string
  stateType: StateTypeFilter | null
  customerId: string | null
  customerUser: string | null
  watched: boolean
}

export interface TicketListSort {
  sortBy: SortField | null
  order: OrderDirection
  /** "By urgency": the server's SmartSort (escalating tickets first); overrides sortBy. */
  smartSort: boolean
}

export interface TicketListState {
  filters: TicketListFilters
  sort: TicketListSort
  page: number
  size: number
}

/** A filter key the agent can remove as a chip (every filter but the view). */
export type FilterKey = Exclude<keyof TicketListFilters, 'viewId'>

export function emptyFilters(): TicketListFilters {
  return {
    viewId: null,
    q: '',
    queueIds: [],
    stateIds: [],
    stateType: null,
    priorityIds: [],
    typeIds: [],
    ownerIds: [],
    responsibleIds: [],
    lockIds: [],
    serviceIds: [],
    slaIds: [],
    customerId: null,
    customerUser: null,
    watched: false,
  }
}

type RawQuery = Record<string, unknown>

function first(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value
  return typeof single === 'string' ? single : typeof single === 'number' ? String(single) : undefined
}

function text(value: unknown): string | null {
  const raw = first(value)?.trim()
  return raw ? raw : null
}

function idList(value: unknown): number[] {
  const raw = first(value)
  if (!raw) return []
  const ids = raw
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0)
  return [...new Set(ids)]
}

function positiveInt(value: unknown): number | null {
  const parsed = Number(first(value))
  return Number.isInteger(parsed) && parsed > 0 ? parsed : null
}

/** A page size from the URL or the agent's preference, limited to the offered sizes. */
export function normalisePageSize(size: number | null | undefined): number {
  return PAGE_SIZES.find((candidate) => candidate === size) ?? PAGE_SIZES[0]
}

/** Reads the list state from a route query; anything malformed falls back to the default. */
export function parseListQuery(query: RawQuery, defaultPageSize: number): TicketListState {
  const filters = emptyFilters()
  const view = Number(first(query.view))
  filters.viewId = Number.isInteger(view) && view !== 0 ? view : null
  filters.q = first(query.q)?.trim() ?? ''
  for (const key of ID_LIST_KEYS) filters[key] = idList(query[key])
  const stateType = first(query.stateType)
  filters.stateType = stateType === 'Open' || stateType === 'Closed' ? stateType : null
  filters.customerId = text(query.customerId)
  filters.customerUser = text(query.customerUser)
  filters.watched = first(query.watched) === '1'

  const sortBy = first(query.sort)
  const order = first(query.order)
  const sort: TicketListSort = {
    sortBy: SORT_FIELDS.find((field) => field === sortBy) ?? null,
    order: order === 'Up' ? 'Up' : 'Down',
    smartSort: first(query.smartSort) === '1',
  }
  const size = positiveInt(query.size)
  return {
    filters,
    sort,
    page: positiveInt(query.page) ?? 1,
    size: normalisePageSize(size ?? defaultPageSize),
  }
}

/**
 * The route query for a list state: only what differs from the defaults, so links stay short and
 * the same state always gives the same URL.
 */
export function toListQuery(state: TicketListState, defaultPageSize: number): Record<string, string> {
  const query: Record<string, string> = {}
  const { filters, sort } = state
  if (filters.viewId !== null) query.view = String(filters.viewId)
  if (filters.q) query.q = filters.q
  for (const key of ID_LIST_KEYS) if (filters[key].length > 0) query[key] = filters[key].join(',')
  if (filters.stateType) query.stateType = filters.stateType
  if (filters.customerId) query.customerId = filters.customerId
  if (filters.customerUser) query.customerUser = filters.customerUser
  if (filters.watched) query.watched = '1'
  if (sort.smartSort) query.smartSort = '1'
  else if (sort.sortBy) {
    query.sort = sort.sortBy
    query.order = sort.order
  }
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== normalisePageSize(defaultPageSize)) query.size = String(state.size)
  return query
}

/** Whether the quick search is a ticket number (digits only, an optional leading `#`). */
export function ticketNumberIn(search: string): string | null {
  const match = /^#?\s*(\d{4,})$/.exec(search.trim())
  return match ? match[1] : null
}

/** `printer` → `%printer%`: agents expect "contains"; the server matches exactly otherwise. */
export function fullTextPattern(search: string): string | undefined {
  const trimmed = search.trim()
  if (!trimmed) return undefined
  return trimmed.includes('%') ? trimmed : `%${trimmed}%`
}

/** The getTicketList query for one page of the list. `agentId` serves the "watched by me" filter. */
export function toTicketQuery(state: TicketListState, agentId: number | null): TicketQuery {
  const { filters, sort } = state
  const list = (ids: number[]) => (ids.length > 0 ? ids : undefined)
  const query: TicketQuery = {
    viewId: filters.viewId ?? undefined,
    fullTextSearch: fullTextPattern(filters.q),
    queueIds: list(filters.queueIds),
    stateIds: list(filters.stateIds),
    stateType: filters.stateType ?? undefined,
    priorityIds: list(filters.priorityIds),
    typeIds: list(filters.typeIds),
    ownerIds: list(filters.ownerIds),
    responsibleIds: list(filters.responsibleIds),
    lockIds: list(filters.lockIds),
    serviceIds: list(filters.serviceIds),
    slaIds: list(filters.slaIds),
    customerId: filters.customerId ?? undefined,
    customerUserLogin: filters.customerUser ?? undefined,
    watchUserIds: filters.watched && agentId !== null ? [agentId] : undefined,
    limit: state.size,
    offset: (state.page - 1) * state.size,
  }
  if (sort.smartSort) query.smartSort = true
  else if (sort.sortBy) {
    query.sortBy = [sort.sortBy]
    query.orderBy = [sort.order]
  }
  for (const key of Object.keys(query) as Array<keyof TicketQuery>) if (query[key] === undefined) delete query[key]
  return query
}

/** One removable chip per active filter value (lists give one chip per ID). */
export type FilterChip =
  | { key: IdListKey; id: number }
  | { key: 'q' | 'customerId' | 'customerUser'; value: string }
  | { key: 'stateType'; value: StateTypeFilter }
  | { key: 'watched' }

export function filterChips(filters: TicketListFilters): FilterChip[] {
  const chips: FilterChip[] = []
  if (filters.q) chips.push({ key: 'q', value: filters.q })
  for (const key of ID_LIST_KEYS) for (const id of filters[key]) chips.push({ key, id })
  if (filters.stateType) chips.push({ key: 'stateType', value: filters.stateType })
  if (filters.customerId) chips.push({ key: 'customerId', value: filters.customerId })
  if (filters.customerUser) chips.push({ key: 'customerUser', value: filters.customerUser })
  if (filters.watched) chips.push({ key: 'watched' })
  return chips
}

/** The filters without one chip's value. */
export function withoutChip(filters: TicketListFilters, chip: FilterChip): TicketListFilters {
  const next: TicketListFilters = { ...filters }
  if ('id' in chip) next[chip.key] = filters[chip.key].filter((id) => id !== chip.id)
  else if (chip.key === 'q') next.q = ''
  else if (chip.key === 'watched') next.watched = false
  else next[chip.key] = null
  return next
}

/** Every filter cleared except the view the agent is in. */
export function clearedFilters(filters: TicketListFilters): TicketListFilters {
  return { ...emptyFilters(), viewId: filters.viewId }
}

export function hasActiveFilters(filters: TicketListFilters): boolean {
  return filterChips(filters).length > 0
}
