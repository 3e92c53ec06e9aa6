// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { criticalPath, requestWaves, waveCount, type RequestTiming } from '../../bench/lib/criticalPath'

const request = (label: string, start: number, end: number): RequestTiming => ({ label, start, end })

describe('critical path from request timings', () => {
  it('counts requests fired together as one round trip', () => {
    const wave = [request('ticket', 0, 55), request('articles', 2, 60), request('views', 3, 58)]
    expect(criticalPath(wave).depth).toBe(1)
    expect(requestWaves(wave)).toEqual([1, 1, 1])
  })

  it('follows a request that starts only after another has answered', () => {
    const requests = [
      request('views', 0, 50),
      request('queues', 1, 52),
      request('count -1', 60, 112),
      request('count -2', 61, 115),
      request('snapshot page 2', 130, 190),
    ]
    const path = criticalPath(requests)
    expect(path.depth).toBe(3)
    expect(path.chain.map((item) => item.label)).toEqual(['queues', 'count -2', 'snapshot page 2'])
    expect(requestWaves(requests)).toEqual([1, 1, 2, 2, 3])
  })

  it('ends the chain at what the milestone needed, leaving out later requests', () => {
    const requests = [request('ticket', 0, 50), request('articles', 0, 52), request('agents for the picker', 60, 110)]
    const path = criticalPath(requests, (item) => item.label === 'ticket' || item.label === 'articles')
    expect(path.depth).toBe(1)
    expect(path.chain.map((item) => item.label)).toEqual(['articles'])
  })

  it('treats a request fired within the tolerance of an answer as parallel to it', () => {
    const requests = [request('first', 0, 50), request('same tick', 50.5, 100)]
    expect(criticalPath(requests).depth).toBe(1)
    expect(criticalPath(requests, () => true, 0).depth).toBe(2)
  })

  it('is independent of the order the requests were recorded in', () => {
    const requests = [request('c', 120, 170), request('a', 0, 50), request('b', 60, 110)]
    expect(criticalPath(requests).chain.map((item) => item.label)).toEqual(['a', 'b', 'c'])
  })

  it('has no depth without requests or without a needed one', () => {
    expect(criticalPath([])).toEqual({ depth: 0, chain: [] })
    expect(criticalPath([request('a', 0, 1)], () => false).depth).toBe(0)
  })

  it('tells how many waves a subset of requests spreads over', () => {
    const views = request('views', 0, 50)
    const countA = request('count a', 60, 110)
    const countB = request('count b', 61, 111)
    const late = request('count c', 120, 170)
    const all = [views, countA, countB, late]
    expect(waveCount([countA, countB], all)).toBe(1)
    expect(waveCount([countA, countB, late], all)).toBe(2)
  })
})
