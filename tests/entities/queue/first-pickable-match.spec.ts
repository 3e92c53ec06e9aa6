import { describe, expect, it } from 'vitest'
import { findQueueOption, firstPickableMatch, type QueueOption } from '@/entities/queue/queueTree'

const tree: QueueOption[] = [
  {
    key: 1,
    label: 'Support',
    fullName: 'Support',
    disabled: true,
    children: [{ key: 6, label: 'Hardware', fullName: 'Support::Hardware', disabled: false }],
  },
  { key: 2, label: 'Sales', fullName: 'Sales', disabled: false },
  { key: 3, label: 'Hardware returns', fullName: 'Hardware returns', disabled: false },
]

describe('firstPickableMatch (Enter in the queue picker)', () => {
  it('takes the first match in tree order, skipping queues that may not be picked', () => {
    expect(firstPickableMatch(tree, 'hardw')?.key).toBe(6)
    expect(firstPickableMatch(tree, 'supp')?.key).toBe(6)
    expect(firstPickableMatch(tree, 'SAL')?.key).toBe(2)
  })

  it('finds nothing for a name no queue has', () => {
    expect(firstPickableMatch(tree, 'billing')).toBeNull()
  })
})

describe('findQueueOption', () => {
  it('finds a queue at any depth', () => {
    expect(findQueueOption(tree, 6)?.fullName).toBe('Support::Hardware')
    expect(findQueueOption(tree, 99)).toBeNull()
  })
})
