// @vitest-environment node
/** The permission model: groups, per-agent rights, and the gaps the real server leaves open. */
import { beforeEach, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../simulator/index'
import { agentClient, idsOf } from './helpers'

describe('simulator permissions', () => {
  let simulator: Simulator
  beforeEach(() => {
    simulator = createSimulator({ tickets: 31 })
  })

  it('hides tickets of queues an agent may not read, without an error', async () => {
    const rolf = await agentClient(simulator, 'rolf.ro')
    expect((await rolf.call('tickets/getTicketList', { Count: 1 })).Count).toBe(29)
    expect(await rolf.call('tickets/getTicketList', { TicketID: 28 })).toMatchObject({ Response: 'OK', Count: 0, Tickets: [] })
    expect(await rolf.call('tickets/getArticles', { TicketID: 28 })).toEqual({ Response: 'ERROR', Message: 'No permission' })
    // The attachment answer does not reveal whether the file exists.
    expect(await rolf.call('tickets/getAttachment', { ArticleID: 46, FileID: 1 })).toEqual({ Response: 'ERROR', Message: 'No attachment!' })
  })

  it('refuses every write to a read-only agent', async () => {
    const rolf = await agentClient(simulator, 'rolf.ro')
    const writes: [string, Record<string, unknown>][] = [
      ['tickets/updateTitle', { TicketID: 2, Title: 'x' }],
      ['tickets/updateState', { TicketID: 7, StateID: 4 }],
      ['tickets/updatePriority', { TicketID: 2, PriorityID: 2 }],
      ['tickets/updateOwner', { TicketID: 2, NewUserID: 3 }],
      ['tickets/updateLock', { TicketID: 30, Lock: 'lock' }],
      ['tickets/updateQueue', { TicketID: 10, QueueID: 5 }],
      ['tickets/createArticle', { TicketID: 2, Subject: 'x', Body: 'x' }],
      ['tickets/createTicket', { Title: 'x', QueueID: 5, PriorityID: 3, Body: 'x' }],
    ]
    for (const [method, params] of writes) {
      expect(await rolf.call(method, params), method).toEqual({ Response: 'ERROR', Message: 'No permission' })
    }
    // Reading, watching and seen flags need only ro.
    expect((await rolf.call('tickets/watchTicket', { TicketID: 2, Subscribe: 1 })).Response).toBe('OK')
    expect((await rolf.call('tickets/markTicketAsSeen', { TicketID: 2, Seen: 1 })).Response).toBe('OK')
  })

  it('lets a note agent change priority and move tickets, but not write notes without owner rights', async () => {
    const nora = await agentClient(simulator, 'nora.note')
    expect((await nora.call('tickets/updatePriority', { TicketID: 14, PriorityID: 2 })).Response).toBe('OK')
    expect(await nora.call('tickets/createArticle', { TicketID: 14, Subject: 'n', Body: 'n', ArticleType: 'Internal' }))
      .toEqual({ Response: 'ERROR', Message: 'No permission' })
    expect(await nora.call('tickets/updateOwner', { TicketID: 14, NewUserID: 2 })).toEqual({ Response: 'ERROR', Message: 'No permission' })
    expect((await nora.call('tickets/updateQueue', { TicketID: 14, QueueID: 5 })).Response).toBe('OK')
    expect(await nora.call('tickets/createTicket', { Title: 'x', QueueID: 8, PriorityID: 3, Body: 'x' }))
      .toEqual({ Response: 'ERROR', Message: 'No permission' })
  })

  it('reports partial updateTicket failures and applies the rest (dynamic fields unchecked)', async () => {
    const nora = await agentClient(simulator, 'nora.note')
    const answer = await nora.call('tickets/updateTicket', {
      TicketID: 24, Title: 'changed by note agent', PriorityID: 5, TypeID: 2, DynamicFields: { CustomerRef: 'set-by-nora' },
    })
    expect(answer).toEqual({ Response: 'ERROR', Message: "The follow parameters wasn't updated: Title, Type" })
    const root = await agentClient(simulator, 'root@localhost')
    const [ticket] = (await root.call('tickets/getTicketList', { TicketID: 24, DynamicFieldsMode: 'all' })).Tickets as Record<string, unknown>[]
    expect(ticket.PriorityID).toBe(5)
    expect(ticket.Title).toBe('Mobile phone enrollment')
    expect((ticket.DynamicFields as Record<string, { Value: unknown }>).CustomerRef.Value).toBe('set-by-nora')
  })

  it('answers getUserPermissions per group with the queues in it', async () => {
    const nora = await agentClient(simulator, 'nora.note')
    const groups = (await nora.call('users/getUserPermissions')).Groups as { Name: string; Permissions: string[]; Queues: { ID: number }[] }[]
    const byName = Object.fromEntries(groups.map((group) => [group.Name, group]))
    expect(Object.keys(byName).sort()).toEqual(['sales', 'support', 'users'])
    expect(byName.sales.Permissions.sort()).toEqual(['move_into', 'note', 'priority', 'ro'])
    expect(byName.support.Permissions).toEqual(['rw'])
    expect(idsOf(byName.support.Queues, 'ID')).toBe('5,6')
  })

  it('lets anyone create customer users (no permission check on the real server)', async () => {
    const rolf = await agentClient(simulator, 'rolf.ro')
    const created = await rolf.call('customers/createCustomerUser', { Firstname: 'A', Lastname: 'B', CustomerID: 'ACME', Login: 'ab', Email: 'ab@acme.example.test' })
    expect(created).toEqual({ Response: 'OK' })
    expect((await rolf.call('customers/getCustomerUser', { CustomerUser: 'ab' })).UserCustomerID).toBe('ACME')
  })
})
