// @vitest-environment node
/**
 * Leader election among tabs over a real BroadcastChannel (Node's, which delivers between channels of
 * one process as between tabs of one browser). The Web Locks path runs in Chromium: e2e/live-feed.spec.ts.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createLeadership, type Leadership } from '@/utils/tabLeadership'

const HEARTBEAT = 40
let opened: Leadership[] = []
let counter = 0

function tab(name: string): { leadership: Leadership; changes: boolean[] } {
  const changes: boolean[] = []
  const leadership = createLeadership(name, { onChange: (leader) => changes.push(leader), locks: null, heartbeatMs: HEARTBEAT })
  opened.push(leadership)
  return { leadership, changes }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const leaders = <T extends { leadership: Leadership }>(tabs: T[]): T[] => tabs.filter((candidate) => candidate.leadership.isLeader)

async function settled(tabs: Array<{ leadership: Leadership }>, expected: number, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  // Held for a few beats: a tie is over only when it stays over.
  let stableSince = -1
  while (Date.now() < deadline) {
    if (leaders(tabs).length === expected) {
      if (stableSince < 0) stableSince = Date.now()
      if (Date.now() - stableSince >= 4 * HEARTBEAT) return
    } else stableSince = -1
    await wait(HEARTBEAT / 4)
  }
  throw new Error(`expected ${expected} leader(s), have ${leaders(tabs).length}`)
}

afterEach(() => {
  for (const leadership of opened) leadership.close()
  opened = []
})

describe('tab leadership over BroadcastChannel', { timeout: 20_000 }, () => {
  it('elects exactly one leader among tabs that start together', async () => {
    const name = `feed-test-${++counter}`
    const tabs = [tab(name), tab(name), tab(name)]
    for (const candidate of tabs) candidate.leadership.setCandidate(true)
    await settled(tabs, 1)
  })

  it('moves leadership to another tab when the leader closes', async () => {
    const name = `feed-test-${++counter}`
    const tabs = [tab(name), tab(name), tab(name)]
    for (const candidate of tabs) candidate.leadership.setCandidate(true)
    await settled(tabs, 1)
    const first = leaders(tabs)[0]
    first.leadership.close()
    const rest = tabs.filter((candidate) => candidate !== first)
    await settled(rest, 1)
    expect(first.changes.at(-1)).toBe(false)
  })

  it('hands leadership on when the leader stops competing (hidden), and nobody leads when no tab competes', async () => {
    const name = `feed-test-${++counter}`
    const a = tab(name)
    const b = tab(name)
    a.leadership.setCandidate(true)
    await settled([a], 1)
    b.leadership.setCandidate(true)
    await wait(6 * HEARTBEAT)
    expect(a.leadership.isLeader).toBe(true)
    expect(b.leadership.isLeader).toBe(false)

    a.leadership.setCandidate(false)
    await settled([a, b], 1)
    expect(b.leadership.isLeader).toBe(true)

    b.leadership.setCandidate(false)
    await wait(6 * HEARTBEAT)
    expect(leaders([a, b])).toHaveLength(0)
  })

  it('a tab that is not a candidate never leads, even alone', async () => {
    const name = `feed-test-${++counter}`
    const alone = tab(name)
    await wait(6 * HEARTBEAT)
    expect(alone.leadership.isLeader).toBe(false)
    expect(alone.changes).toEqual([])
  })
})

describe('tab leadership over Web Locks', () => {
  it('leads while holding the lock and releases it when it stops competing', async () => {
    // A minimal exclusive lock manager with the Web Locks call shape (Node 20 has none of its own).
    const queue: Array<() => void> = []
    let held = false
    const locks = {
      request(_name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>) {
        return new Promise<void>((resolve, reject) => {
          const grant = () => {
            held = true
            void callback().then(() => {
              held = false
              resolve()
              queue.shift()?.()
            })
          }
          options.signal?.addEventListener('abort', () => {
            const index = queue.indexOf(grant)
            if (index >= 0) queue.splice(index, 1)
            reject(new DOMException('aborted', 'AbortError'))
          })
          if (held) queue.push(grant)
          else grant()
        })
      },
    }
    const changesA: boolean[] = []
    const changesB: boolean[] = []
    const a = createLeadership('locks', { onChange: (leader) => changesA.push(leader), locks })
    const b = createLeadership('locks', { onChange: (leader) => changesB.push(leader), locks })
    a.setCandidate(true)
    b.setCandidate(true)
    await wait(10)
    expect([a.isLeader, b.isLeader]).toEqual([true, false])
    a.setCandidate(false)
    await wait(10)
    expect([a.isLeader, b.isLeader]).toEqual([false, true])
    b.close()
    await wait(10)
    expect(held).toBe(false)
    expect(changesA).toEqual([true, false])
    expect(changesB).toEqual([true, false])
    a.close()
  })
})
