// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  aggregateQueueLoad,
  barShare,
  heaviestFirst,
  queueMonitorRows,
  stateBucketOf,
  stateIdsByBucket,
  type QueueNode,
} from '@/utils/queueLoad'
import { ticket } from './factories'

describe('aggregateQueueLoad', () => {
  it('counts per queue by state type, lock and escalation, and keeps the oldest age', () => {
    const loads = aggregateQueueLoad(
      [
        ticket({ QueueID: 5, StateType: 'new', Age: 100 }),
        ticket({ QueueID: 5, StateType: 'open', Lock: 'lock', Age: 9_000, EscalationTime: -60 }),
        ticket({ QueueID: 5, StateType: 'pending reminder', Age: 500, EscalationTime: 600 }),
        ticket({ QueueID: 5, StateType: 'pending auto', Lock: 'tmp_lock', Age: 50 }),
        ticket({ QueueID: 7, StateType: 'open', Age: 42, EscalationTime: -1 }),
      ],
      [5, 7],
    )
    expect(loads.get(5)).toEqual({
      queueId: 5,
      new: 1,
      open: 1,
      pending: 2,
      total: 4,
      locked: 2,
      unlocked: 2,
      escalated: 1,
      oldestAgeSeconds: 9_000,
    })
    expect(loads.get(7)).toMatchObject({ total: 1, open: 1, escalated: 1, oldestAgeSeconds: 42 })
  })

  it('lists readable empty queues and leaves out unreadable queues and closed tickets', () => {
    const loads = aggregateQueueLoad(
      [ticket({ QueueID: 8, StateType: 'open' }), ticket({ QueueID: 5, StateType: 'closed' }), ticket({ QueueID: 5, StateType: 'merged' })],
      [5, 6],
    )
    expect([...loads.keys()]).toEqual([5, 6])
    expect(loads.get(5)).toMatchObject({ total: 0, oldestAgeSeconds: null })
    expect(loads.has(8)).toBe(false)
  })
})

describe('stateBucketOf / stateIdsByBucket', () => {
  it('puts both pending kinds in one column and closed states in none', () => {
    expect(stateBucketOf('pending auto')).toBe('pending')
    expect(stateBucketOf('New')).toBe('new')
    expect(stateBucketOf('closed')).toBeNull()
    expect(
      stateIdsByBucket([
        { ID: 1, StateType: 'new' },
        { ID: 8, StateType: 'pending auto' },
        { ID: 6, StateType: 'pending reminder' },
        { ID: 4, StateType: 'open' },
        { ID: 2, StateType: 'closed' },
        { ID: 11 },
      ]),
    ).toEqual({ new: [1], open: [4], pending: [6, 8] })
  })
})

describe('queueMonitorRows', () => {
  const tree: QueueNode[] = [
    { ID: 7, Name: 'Sales', FullName: 'Sales', Accessible: 1, Childs: [] },
    {
      ID: 5,
      Name: 'Support',
      FullName: 'Support',
      Accessible: 1,
      Childs: [{ ID: 6, Name: 'Hardware', FullName: 'Support::Hardware', Accessible: 1, Childs: [] }],
    },
    {
      ID: 9,
      Name: 'Vault',
      FullName: 'Vault',
      Accessible: 0,
      Childs: [{ ID: 10, Name: 'Keys', FullName: 'Vault::Keys', Accessible: 1 }],
    },
  ]
  const loads = aggregateQueueLoad([ticket({ QueueID: 6 }), ticket({ QueueID: 6 }), ticket({ QueueID: 7 })], [5, 6, 7, 10])

  it('flattens the tree in name order with depth, skipping queues the agent may not read', () => {
    const rows = queueMonitorRows(tree, loads, (id) => id !== 7)
    expect(rows.map((row) => [row.label, row.depth, row.load.total])).toEqual([
      ['Support', 0, 0],
      ['Hardware', 1, 2],
      ['Vault::Keys', 0, 0],
    ])
  })

  it('sorts the busiest queue first and scales bars to it', () => {
    const rows = heaviestFirst(queueMonitorRows(tree, loads, () => true))
    expect(rows.map((row) => row.fullName)).toEqual(['Support::Hardware', 'Sales', 'Support', 'Vault::Keys'])
    expect(barShare(1, 2)).toBe(0.5)
    expect(barShare(3, 0)).toBe(0)
  })
})
