// @vitest-environment node
/** List semantics: getTicketList limits, offsets, sorting and filters; getArticles' broken paging. */
import { beforeAll, describe, expect, it } from 'vitest'
import { createSimulator } from '../../simulator/index'
import { agentClient, idsOf } from './helpers'

describe('simulator paging and search', () => {
  let root: Awaited<ReturnType<typeof agentClient>>
  beforeAll(async () => {
    root = await agentClient(createSimulator({ tickets: 31 }), 'root@localhost')
  })
  const list = (params: Record<string, unknown>) => root.call('tickets/getTicketList', params)

  it('returns 5 tickets by default, newest first, with the total Count', async () => {
    const answer = await list({})
    expect(answer.Count).toBe(31)
    expect(idsOf(answer.Tickets, 'TicketID')).toBe('1,31,30,29,28')
  })

  it('pages with Limit and Offset and ignores Page', async () => {
    expect(idsOf((await list({ Limit: 2, Offset: 3 })).Tickets, 'TicketID')).toBe('29,28')
    expect(idsOf((await list({ Limit: 2, Page: 3 })).Tickets, 'TicketID')).toBe('1,31')
    expect((await list({ Limit: 0 })).Tickets).toEqual([])
  })

  it('reads lists as comma-separated strings; arrays and spaces match nothing', async () => {
    expect((await list({ QueueIDs: '5,6', Count: 1 })).Count).toBe(14)
    expect((await list({ QueueIDs: [5, 6], Count: 1 })).Count).toBe(0)
    expect((await list({ QueueIDs: '5, 6', Count: 1 })).Count).toBe(9)
    expect((await list({ Queues: 'Support::Hardware', Count: 1 })).Count).toBe(5)
  })

  it('sorts by several keys and refuses unknown ones with an empty answer', async () => {
    expect(idsOf((await list({ SortBy: 'Priority,Age', OrderBy: 'Down,Up', Limit: 4 })).Tickets, 'TicketID')).toBe('5,10,15,20')
    expect(await list({ SortBy: 'Nonsense' })).toMatchObject({ Response: 'OK', Count: 0, Tickets: [] })
    expect(await list({ SortBy: 'Age', OrderBy: 'down' })).toMatchObject({ Count: 0, Tickets: [] })
    expect(idsOf((await list({ SmartSort: 1, Limit: 3 })).Tickets, 'TicketID')).toBe('26,23,20')
  })

  it('matches text exactly unless wildcards are used', async () => {
    expect((await list({ FullTextSearch: 'printer', Count: 1 })).Count).toBe(0)
    expect((await list({ FullTextSearch: '%printer%', Count: 1 })).Count).toBe(1)
    expect((await list({ Title: '*printer*', Count: 1 })).Count).toBe(1)
    expect((await list({ Title: 'Keyboard replacement', Count: 1 })).Count).toBe(1)
    const byNumber = await list({ FullTextSearch: '2026112710000022' })
    expect(byNumber).toMatchObject({ Tickets: [], TicketIDFromFullTextSearch: 3 })
  })

  it('has the seven built-in views', async () => {
    const counts = []
    for (const view of [-1, -2, -3, -4, -5, -6, -7]) counts.push((await list({ ViewID: view, Count: 1 })).Count)
    expect(counts).toEqual([10, 8, 24, 7, 13, 2, 2])
  })

  it('reproduces getArticles paging: Page 0/1 the first Limit, Page N ≥ 2 skips N × Limit', async () => {
    const page = async (params: Record<string, unknown>) => idsOf((await root.call('tickets/getArticles', { TicketID: 3, ...params })).Articles, 'ArticleID')
    expect(await page({})).toBe('5,4,3')
    expect(await page({ Limit: 1 })).toBe('5')
    expect(await page({ Limit: 1, Page: 1 })).toBe('5')
    expect(await page({ Limit: 1, Page: 2 })).toBe('3')
    expect(await page({ Order: 'desc' })).toBe('3,4,5')
    expect((await root.call('tickets/getArticles', { TicketID: 3, Count: 1 })).Count).toBe(2)
  })
})
