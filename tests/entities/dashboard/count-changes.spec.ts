// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { grownCounts } from '@/utils/countChanges'
import { formatElapsed } from '@/utils/relativeTime'

describe('grownCounts', () => {
  it('reports only keys that went up since the last round', () => {
    const previous = new Map([
      [-1, 4],
      [-3, 10],
      [-5, 2],
    ])
    const next = new Map([
      [-1, 4],
      [-3, 12],
      [-5, 1],
      [-7, 3],
    ])
    expect(grownCounts(previous, next)).toEqual([{ key: -3, previous: 10, next: 12 }])
  })
})

describe('formatElapsed', () => {
  it('says how long ago in the agent language', () => {
    expect(formatElapsed(12, 'en')).toBe('12 seconds ago')
    expect(formatElapsed(125, 'en')).toBe('2 minutes ago')
    expect(formatElapsed(5, 'ru')).toBe('5 секунд назад')
  })
})
