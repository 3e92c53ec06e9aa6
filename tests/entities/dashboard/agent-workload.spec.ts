// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { aggregateWorkload, serverNowFrom, STALE_LOCK_SECONDS } from '@/utils/agentWorkload'
import { readFixtureBody } from './fixtures'
import { ticket } from './factories'

const NOW = 1_800_000_000

describe('aggregateWorkload', () => {
  it('counts open and locked tickets per owner with the oldest lock and stale locks', () => {
    const workload = aggregateWorkload(
      [
        ticket({ OwnerID: 2, Lock: 'lock', UnlockTimeout: NOW - 600 }),
        ticket({ OwnerID: 2, Lock: 'lock', UnlockTimeout: NOW - STALE_LOCK_SECONDS - 1 }),
        ticket({ OwnerID: 2 }),
        ticket({ OwnerID: 4, Lock: 'lock', UnlockTimeout: NOW - 60 }),
        ticket({ OwnerID: 4, StateType: 'closed', Lock: 'lock', UnlockTimeout: NOW - 10 * STALE_LOCK_SECONDS }),
        ticket({ OwnerID: 3 }),
      ],
      NOW,
    )
    expect(workload).toEqual([
      { ownerId: 2, open: 3, locked: 2, oldestLockSeconds: STALE_LOCK_SECONDS + 1, staleLocks: 1 },
      { ownerId: 4, open: 1, locked: 1, oldestLockSeconds: 60, staleLocks: 0 },
      { ownerId: 3, open: 1, locked: 0, oldestLockSeconds: null, staleLocks: 0 },
    ])
  })

  it('counts a lock without a lock time as locked but never as stale', () => {
    const [only] = aggregateWorkload([ticket({ OwnerID: 1, Lock: 'lock', UnlockTimeout: 0 })], NOW)
    expect(only).toMatchObject({ locked: 1, oldestLockSeconds: null, staleLocks: 0 })
  })
})

describe('serverNowFrom', () => {
  it('reads the server clock from a real answer (creation time plus age)', () => {
    const { Tickets: tickets } = readFixtureBody<{ Tickets: Array<{ CreateTimeUnix: number; Age: number }> }>(
      'tickets/getTicketList.smartsort',
    )
    const now = serverNowFrom(tickets)
    expect(now).not.toBeNull()
    for (const record of tickets) expect(Math.abs((now as number) - (record.CreateTimeUnix + record.Age))).toBeLessThanOrEqual(2)
    expect(serverNowFrom([])).toBeNull()
  })
})
