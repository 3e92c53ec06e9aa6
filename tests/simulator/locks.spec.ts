// @vitest-environment node
/** Lock and owner rules: state, owner and priority need the lock; owners change with locks; closing unlocks. */
import { beforeEach, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../simulator/index'
import { agentClient } from './helpers'

type Client = Awaited<ReturnType<typeof agentClient>>

async function ticket(client: Client, id: number): Promise<Record<string, unknown>> {
  const answer = await client.call('tickets/getTicketList', { TicketID: id })
  return (answer.Tickets as Record<string, unknown>[])[0]
}

describe('simulator lock rules', () => {
  let simulator: Simulator
  let root: Client
  let anna: Client
  beforeEach(async () => {
    simulator = createSimulator({ tickets: 31 })
    root = await agentClient(simulator, 'root@localhost')
    anna = await agentClient(simulator, 'anna.full')
  })

  it('blocks state, priority, owner and queue changes on a ticket another agent has locked', async () => {
    // Ticket 3 is locked by anna.full.
    const owner = { Response: 'ERROR', Message: 'You must be an owner of the ticket' }
    expect(await root.call('tickets/updateState', { TicketID: 3, StateID: 2 })).toEqual(owner)
    expect(await root.call('tickets/updatePriority', { TicketID: 3, PriorityID: 2 })).toEqual(owner)
    expect(await root.call('tickets/updateOwner', { TicketID: 3, NewUserID: 1 })).toEqual(owner)
    expect(await root.call('tickets/updateQueue', { TicketID: 3, QueueID: 5 })).toEqual(owner)
    // The lock holder may.
    expect((await anna.call('tickets/updatePriority', { TicketID: 3, PriorityID: 2 })).Response).toBe('OK')
  })

  it('locks the ticket for the new owner; Rule TicketEdit skips the lock check', async () => {
    expect((await root.call('tickets/updateOwner', { TicketID: 2, NewUserID: 2 })).Response).toBe('OK')
    expect(await ticket(root, 2)).toMatchObject({ OwnerID: 2, Lock: 'lock' })
    expect(await root.call('tickets/updateOwner', { TicketID: 2, NewUserID: 2 })).toEqual({ Response: 'ERROR', Message: 'Already you are an owner' })
    expect((await root.call('tickets/updateOwner', { TicketID: 2, NewUserID: 1, Rule: 'TicketEdit' })).Response).toBe('OK')
    expect(await ticket(root, 2)).toMatchObject({ OwnerID: 1, LockID: 2 })
  })

  it("makes the agent owner when they lock someone else's ticket; any rw agent may unlock", async () => {
    expect((await root.call('tickets/updateLock', { TicketID: 18, Lock: 'lock' })).Response).toBe('OK')
    expect(await ticket(root, 18)).toMatchObject({ OwnerID: 1, LockID: 2 })
    expect((await anna.call('tickets/updateLock', { TicketID: 18, LockID: 1 })).Response).toBe('OK')
    expect(await ticket(root, 18)).toMatchObject({ OwnerID: 1, LockID: 1 })
    expect(await root.call('tickets/updateLock', { TicketID: 18, Lock: 'LOCK' })).toEqual({ Response: 'ERROR', Message: "Couldn't update lock state" })
  })

  it('unlocks a ticket when it is closed', async () => {
    // Ticket 27 is locked by root.
    expect((await root.call('tickets/updateState', { TicketID: 27, State: 'closed successful' })).Response).toBe('OK')
    expect(await ticket(root, 27)).toMatchObject({ StateType: 'closed', Lock: 'unlock' })
  })

  it('checks only the target queue when moving', async () => {
    const nora = await agentClient(simulator, 'nora.note')
    // Ticket 29 sits in Restricted, which nora cannot even read; she may still move it into Support.
    expect((await nora.call('tickets/updateQueue', { TicketID: 29, QueueID: 5 })).Response).toBe('OK')
    expect(await root.call('tickets/updateQueue', { TicketID: 10, QueueID: 999 })).toEqual({ Response: 'ERROR', Message: 'No permission' })
  })
})
