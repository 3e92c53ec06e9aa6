// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ticketQueryToParams } from '@/api/tickets'
import {
  clearedFilters,
  emptyFilters,
  filterChips,
  fullTextPattern,
  parseListQuery,
  ticketNumberIn,
  toListQuery,
  toTicketQuery,
  withoutChip,
} from '@/entities/ticket/composables/ticketListQuery'

const FULL_QUERY = {
  view: '-3',
  q: 'printer',
  queueIds: '5,6',
  stateIds: '1,4',
  stateType: 'Open',
  priorityIds: '4,5',
  typeIds: '2',
  ownerIds: '2',
  responsibleIds: '4',
  lockIds: '2',
  serviceIds: '1',
  slaIds: '1',
  customerId: 'ACME',
  customerUser: 'jdoe',
  watched: '1',
  sort: 'Priority',
  order: 'Up',
  page: '3',
  size: '50',
}

describe('list state ↔ URL query', () => {
  it('reads every filter, the sort and the page from the query', () => {
    const state = parseListQuery(FULL_QUERY, 25)
    expect(state.filters).toEqual({
      viewId: -3,
      q: 'printer',
      queueIds: [5, 6],
      stateIds: [1, 4],
      stateType: 'Open',
      priorityIds: [4, 5],
      typeIds: [2],
      ownerIds: [2],
      responsibleIds: [4],
      lockIds: [2],
      serviceIds: [1],
      slaIds: [1],
      customerId: 'ACME',
      customerUser: 'jdoe',
      watched: true,
    })
    expect(state.sort).toEqual({ sortBy: 'Priority', order: 'Up', smartSort: false })
    expect(state.page).toBe(3)
    expect(state.size).toBe(50)
  })

  it('writes the same query back (round trip)', () => {
    expect(toListQuery(parseListQuery(FULL_QUERY, 25), 25)).toEqual(FULL_QUERY)
  })

  it('leaves defaults out of the URL and uses the preferred page size', () => {
    const state = parseListQuery({}, 50)
    expect(state.size).toBe(50)
    expect(state.page).toBe(1)
    expect(toListQuery(state, 50)).toEqual({})
    expect(toListQuery({ ...state, size: 25 }, 50)).toEqual({ size: '25' })
  })

  it('drops malformed values instead of sending them to the server', () => {
    const state = parseListQuery(
      { view: 'abc', queueIds: '5, x,,-1,5', stateType: 'open', sort: 'DROP TABLE', order: 'desc', page: '-2', size: '33' },
      25,
    )
    expect(state.filters.viewId).toBeNull()
    expect(state.filters.queueIds).toEqual([5])
    expect(state.filters.stateType).toBeNull()
    expect(state.sort).toEqual({ sortBy: null, order: 'Down', smartSort: false })
    expect(state.page).toBe(1)
    expect(state.size).toBe(25)
  })

  it('keeps smart sort instead of a column sort', () => {
    const state = parseListQuery({ smartSort: '1', sort: 'Age', order: 'Up' }, 25)
    expect(toListQuery(state, 25)).toEqual({ smartSort: '1' })
    expect(toTicketQuery(state, 2)).toMatchObject({ smartSort: true })
    expect(toTicketQuery(state, 2).sortBy).toBeUndefined()
  })
})

describe('list state → getTicketList', () => {
  it('sends comma-separated lists without spaces, % around the search and the page window', () => {
    const state = parseListQuery(FULL_QUERY, 25)
    const params = ticketQueryToParams(toTicketQuery(state, 7))
    expect(params).toMatchObject({
      ViewID: -3,
      FullTextSearch: '%printer%',
      QueueIDs: '5,6',
      StateIDs: '1,4',
      StateType: 'Open',
      PriorityIDs: '4,5',
      TypeIDs: '2',
      OwnerIDs: '2',
      ResponsibleIDs: '4',
      LockIDs: '2',
      ServiceIDs: '1',
      SLAIDs: '1',
      CustomerID: 'ACME',
      CustomerUserLogin: 'jdoe',
      WatchUserIDs: '7',
      SortBy: 'Priority',
      OrderBy: 'Up',
      Limit: 50,
      Offset: 100,
    })
  })

  it('sends nothing for filters that are not set', () => {
    const query = toTicketQuery(parseListQuery({}, 25), 7)
    expect(query).toEqual({ limit: 25, offset: 0 })
  })
})

describe('quick search', () => {
  it('recognises ticket numbers and wraps text for a "contains" search', () => {
    expect(ticketNumberIn('2026112710000011')).toBe('2026112710000011')
    expect(ticketNumberIn(' #2026112710000011 ')).toBe('2026112710000011')
    expect(ticketNumberIn('printer 42')).toBeNull()
    expect(ticketNumberIn('12')).toBeNull()
    expect(fullTextPattern('printer')).toBe('%printer%')
    expect(fullTextPattern('print%')).toBe('print%')
    expect(fullTextPattern('  ')).toBeUndefined()
  })
})

describe('filter chips', () => {
  it('gives one chip per value and removes exactly that value', () => {
    const filters = { ...emptyFilters(), viewId: -3, queueIds: [5, 6], watched: true, customerId: 'ACME' }
    const chips = filterChips(filters)
    expect(chips).toEqual([
      { key: 'queueIds', id: 5 },
      { key: 'queueIds', id: 6 },
      { key: 'customerId', value: 'ACME' },
      { key: 'watched' },
    ])
    expect(withoutChip(filters, { key: 'queueIds', id: 5 }).queueIds).toEqual([6])
    expect(withoutChip(filters, { key: 'watched' }).watched).toBe(false)
    expect(withoutChip(filters, { key: 'customerId', value: 'ACME' }).customerId).toBeNull()
    expect(clearedFilters(filters)).toEqual({ ...emptyFilters(), viewId: -3 })
  })
})
