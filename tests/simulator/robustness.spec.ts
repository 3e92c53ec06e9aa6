// @vitest-environment node
/** Wrong types, unknown IDs, huge bodies and concurrent writes: answered like the real server, never a crash. */
import { describe, expect, it } from 'vitest'
import { createSimulator } from '../../simulator/index'
import { agentClient, jsonOf, idsOf } from './helpers'

const WRONG_VALUES: unknown[] = [null, true, 'abc', -1, 1.5, [], [2], {}, { TicketID: 2 }, '', '2; DROP TABLE ticket', 'x'.repeat(10_000)]

describe('simulator robustness', () => {
  it('answers JSON for wrong parameter types on every method', async () => {
    const simulator = createSimulator({ tickets: 40 })
    const root = await agentClient(simulator, 'root@localhost')
    const methods = [
      'tickets/getTicketList', 'tickets/getArticles', 'tickets/getAttachment', 'tickets/updateTicket', 'tickets/updateTitle',
      'tickets/updateState', 'tickets/updateOwner', 'tickets/updateLock', 'tickets/updateQueue', 'tickets/updatePendingTime',
      'tickets/createArticle', 'tickets/createTicket', 'tickets/markArticleAsSeen', 'tickets/watchTicket', 'customers/getCustomerUser',
      'customers/getCustomerUserList', 'sla/getSLAList', 'users/getUserList', 'filters/getTicketViews', 'queues/getQueueList',
    ]
    const keys = ['TicketID', 'ArticleID', 'FileID', 'QueueID', 'StateID', 'Title', 'Limit', 'SortBy', 'DynamicFields', 'NewUserID', 'Lock', 'Year']
    for (const method of methods) {
      for (const value of WRONG_VALUES) {
        const params = Object.fromEntries(keys.map((key) => [key, value]))
        const answer = await root.call(method, { ...params, Subject: 's', Body: 'b', PriorityID: 3 })
        expect(['OK', 'ERROR'], `${method} with ${JSON.stringify(value)?.slice(0, 30)}`).toContain(answer.Response)
        expect(answer.Message ?? '').not.toBe('Please contact the administrator.')
      }
    }
  })

  it('says "No ticket" for unknown IDs', async () => {
    const root = await agentClient(createSimulator({ tickets: 31 }), 'root@localhost')
    for (const method of ['getArticles', 'updateTitle', 'updateState', 'updateLock', 'markTicketAsSeen', 'watchTicket', 'updateTicket']) {
      const answer = await root.call(`tickets/${method}`, { TicketID: 999999, Title: 'x', StateID: 4, Lock: 'lock', Seen: 1, Subscribe: 1 })
      expect(answer, method).toEqual({ Response: 'ERROR', Message: 'No ticket' })
    }
  })

  it('answers HTTP 500 HTML for array and scalar bodies, and for File given as an array', async () => {
    const simulator = createSimulator({ tickets: 31 })
    const root = await agentClient(simulator, 'root@localhost')
    for (const body of ['[1,2]', '"hello"', '42', 'null']) {
      const response = await simulator.request({ path: '/otrs/api/system/getPackageList', headers: { 'Content-Type': 'application/json' }, body })
      expect(response.status).toBe(500)
      expect(response.headers['Content-Type']).toBe('text/html; charset=iso-8859-1')
    }
    const array = await simulator.request({
      path: '/otrs/api/tickets/createAttachment', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ OTRSAgentInterface: root.session.token, TicketID: 2, File: [{ Content: 'eA==', ContentType: 'text/plain', Filename: 'a' }] }),
    })
    expect(array.status).toBe(500)
  })

  it('takes big bodies and refuses oversized ones without buffering them into the world', async () => {
    const simulator = createSimulator({ tickets: 31 })
    const root = await agentClient(simulator, 'root@localhost')
    const bigBody = 'x'.repeat(5 * 1024 * 1024)
    const created = await root.call('tickets/createArticle', { TicketID: 2, Subject: 'big', Body: bigBody })
    expect(created.Response).toBe('OK')
    const huge = await simulator.request({
      path: '/otrs/api/tickets/getTicketList', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(33 * 1024 * 1024, 32),
    })
    expect(huge.status).toBe(413)
    expect((await root.call('tickets/getTicketList', { Count: 1 })).Count).toBe(31)
  })

  it('keeps state consistent under concurrent writes', async () => {
    const simulator = createSimulator({ tickets: 31 })
    const root = await agentClient(simulator, 'root@localhost')
    const anna = await agentClient(simulator, 'anna.full')
    const work: Promise<unknown>[] = []
    for (let index = 0; index < 50; index++) {
      work.push(root.call('tickets/createTicket', { Title: `Concurrent ${index}`, QueueID: 5, PriorityID: 3, Body: 'b' }))
      work.push(anna.call('tickets/createArticle', { TicketID: 2, Subject: `note ${index}`, Body: 'n', ArticleType: 'Internal' }))
      work.push(root.call('tickets/updateLock', { TicketID: 30, Lock: index % 2 ? 'lock' : 'unlock' }))
      work.push(anna.call('tickets/updateTicket', { TicketID: 31, Title: `Title ${index}`, PriorityID: (index % 5) + 1 }))
    }
    const answers = (await Promise.all(work)) as Record<string, unknown>[]
    expect(answers.every((answer) => answer.Response === 'OK' || answer.Response === 'ERROR')).toBe(true)
    const ticketIds = answers.map((answer) => answer.TicketID).filter((id) => id !== undefined)
    const articleIds = answers.map((answer) => answer.ArticleID).filter((id) => id !== undefined)
    expect(new Set(ticketIds).size).toBe(50)
    expect(new Set(articleIds).size).toBe(50)
    expect((await root.call('tickets/getTicketList', { Count: 1 })).Count).toBe(81)
    const articles = await root.call('tickets/getArticles', { TicketID: 2 })
    expect((articles.Articles as unknown[]).length).toBe(51)
    expect(idsOf(articles.Articles, 'ArticleID').split(',').length).toBe(51)
  })

  it('survives odd transport input', async () => {
    const simulator = createSimulator({ tickets: 31 })
    const odd: { path: string; headers: Record<string, string>; body?: string | Buffer }[] = [
      { path: '/otrs/api/', headers: {} },
      { path: '/otrs/api/tickets', headers: { 'Content-Type': 'application/json' }, body: '{}' },
      { path: '/otrs/api/%E0%A4%A/x', headers: {} },
      { path: '/otrs/json.pl?Action=&Subaction=', headers: { Cookie: ';;=;OTRSAgentInterface' } },
      { path: '/otrs/api/tickets/getTicketList', headers: { 'Content-Type': 'application/json' }, body: Buffer.from([0xff, 0xfe, 0x00]) },
      { path: '/otrs/api/__proto__/constructor', headers: { 'Content-Type': 'application/json' }, body: '{"OTRSAgentInterface":"x"}' },
    ]
    for (const input of odd) {
      const response = await simulator.request({ method: 'POST', ...input })
      expect(response.status, input.path).toBeLessThan(600)
      if (response.headers['Content-Type']?.startsWith('application/json')) expect(jsonOf(response).Response).toBeDefined()
    }
  })
})
