// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isApiError } from '@/api/errors'
import { errorMessageKey } from '@/api/errorMessages'
import { runWithConcurrency, useBulkActions } from '@/entities/ticket/composables/useBulkActions'
import { permissionContext, reload, signInAs, startSimulator, ticketsWhere, type RunningSimulator } from './support'

let server: RunningSimulator

beforeAll(async () => {
  server = await startSimulator()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.simulator.reset()
})

const SUPPORT = 5
const MISC = 4
const SALES = 7

describe('runWithConcurrency', () => {
  it('never runs more than the limit at once and runs every item', async () => {
    let active = 0
    let peak = 0
    const seen: number[] = []
    await runWithConcurrency([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (item) => {
      active += 1
      peak = Math.max(peak, active)
      await Promise.resolve()
      await Promise.resolve()
      seen.push(item)
      active -= 1
    })
    expect(peak).toBe(4)
    expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})

describe('bulk move with a forbidden ticket', () => {
  it('moves what the agent may move and reports the forbidden one as skipped with the queue', async () => {
    const noraId = await signInAs('nora.note', 'NoraNote#2026')
    const context = await permissionContext(noraId)
    const [allowed] = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [1], stateType: 'Open' }, 1)
    const [forbidden] = await ticketsWhere({ queueIds: [MISC], stateType: 'Open' }, 1)
    const bulk = useBulkActions()

    await bulk.run({ kind: 'move', value: SALES }, [allowed, forbidden], context)

    const [first, second] = bulk.outcomes.value
    expect(first.status).toBe('done')
    expect(second.status).toBe('skipped')
    expect(second.skipReason).toEqual({ key: 'permission', params: { queue: 'Misc' } })
    expect((await reload(allowed.TicketID)).QueueID).toBe(SALES)
    // The forbidden ticket was never sent: the server would have moved it (it checks only the target).
    expect((await reload(forbidden.TicketID)).QueueID).toBe(MISC)
    expect(bulk.counts.value).toMatchObject({ done: 1, skipped: 1, failed: 0 })
  })
})

describe('server refusals, retry and undo', () => {
  it('reports the server reason per ticket and retries only the failed ones', async () => {
    const annaId = await signInAs('anna.full', 'AnnaFull#2026')
    const context = await permissionContext(annaId)
    const [lockedByOther] = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [2], ownerIds: [1], stateType: 'Open' }, 1)
    const [free] = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [1], stateType: 'Open', priorityIds: [3] }, 1)
    expect(lockedByOther).toBeDefined()
    const bulk = useBulkActions()

    await bulk.run({ kind: 'priority', value: 5 }, [free, lockedByOther], context)

    const failed = bulk.outcomes.value.find((outcome) => outcome.ticket.TicketID === lockedByOther.TicketID)
    expect(failed?.status).toBe('failed')
    expect(isApiError(failed?.error) && errorMessageKey(failed.error)).toBe('errors.server.mustBeOwner')
    expect(bulk.canRetry.value).toBe(true)

    await bulk.retryFailed()
    expect(bulk.counts.value).toMatchObject({ done: 1, failed: 1 })
    expect((await reload(free.TicketID)).PriorityID).toBe(5)
  })

  it('undoes a bulk change by restoring each ticket’s previous value', async () => {
    const annaId = await signInAs('anna.full', 'AnnaFull#2026')
    const context = await permissionContext(annaId)
    const tickets = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [1], stateType: 'Open' }, 3)
    const before = new Map(tickets.map((ticket) => [ticket.TicketID, ticket.PriorityID]))
    const bulk = useBulkActions()

    await bulk.run({ kind: 'priority', value: 1 }, tickets, context)
    const changed = bulk.outcomes.value.filter((outcome) => outcome.status === 'done').map((outcome) => outcome.ticket.TicketID)
    expect(changed.length).toBeGreaterThan(0)
    expect(bulk.canUndo.value).toBe(true)

    await bulk.undo()
    expect(bulk.undoing.value).toBe(true)
    expect(bulk.canUndo.value).toBe(false)
    for (const ticket of tickets) expect((await reload(ticket.TicketID)).PriorityID).toBe(before.get(ticket.TicketID))
  })

  it('never breaks another agent’s lock in bulk and skips what is already so', async () => {
    const annaId = await signInAs('anna.full', 'AnnaFull#2026')
    const context = await permissionContext(annaId)
    const [lockedByOther] = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [2], ownerIds: [1], stateType: 'Open' }, 1)
    const [unlocked] = await ticketsWhere({ queueIds: [SUPPORT], lockIds: [1], stateType: 'Open' }, 1)
    const bulk = useBulkActions()

    await bulk.run({ kind: 'unlock' }, [lockedByOther, unlocked], context)

    expect(bulk.outcomes.value.map((outcome) => outcome.skipReason?.key)).toEqual(['lockedByOther', 'unchanged'])
    expect((await reload(lockedByOther.TicketID)).Lock).toBe('lock')
  })

  it('watches and marks seen, and read-only agents may still do both', async () => {
    const rolfId = await signInAs('rolf.ro', 'RolfRo#2026')
    const context = await permissionContext(rolfId)
    const tickets = await ticketsWhere({ queueIds: [SUPPORT] }, 2)
    const bulk = useBulkActions()

    await bulk.run({ kind: 'lock' }, tickets, context)
    expect(bulk.outcomes.value.every((outcome) => outcome.status === 'skipped' && outcome.skipReason?.key === 'permission')).toBe(true)

    const unwatched = tickets.filter((ticket) => ticket.HasWatch === 0)
    await bulk.run({ kind: 'watch' }, unwatched, context)
    expect(bulk.counts.value.done).toBe(unwatched.length)
    for (const ticket of unwatched) expect((await reload(ticket.TicketID)).HasWatch).toBe(1)
  })
})
