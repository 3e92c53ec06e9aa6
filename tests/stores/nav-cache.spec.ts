import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getTicketList, updatePriority } from '@/api/tickets'
import { useTicket } from '@/entities/ticket/composables/useTicket'
import { useTicketEdit } from '@/entities/ticket/composables/useTicketEdit'
import { useTicketList } from '@/entities/ticket/composables/useTicketList'
import { FRESH_MS, useNavCacheStore } from '@/stores/navCache'
import { resetAllStores } from '@/stores/resetStores'
import { useSessionStore } from '@/stores/session'
import { useTicketFeedStore } from '@/stores/ticketFeed'
import { AGENTS, useSimulator } from '../api/support/useSimulator'
import { useFreshAppPinia } from '../support/appPinia'
import { until } from '../views/dashboard/support'

const context = useSimulator()

beforeEach(useFreshAppPinia)

afterEach(() => {
  vi.useRealTimers()
})

async function signIn(agent: keyof typeof AGENTS) {
  const session = useSessionStore()
  await session.login(AGENTS[agent].user, AGENTS[agent].password)
  return session
}

/** As the sign-out in the shell does it. */
async function signOut(): Promise<void> {
  await useSessionStore().logout()
  resetAllStores()
}

/** Another client (root in another browser) changes the ticket: nothing of this console hears of it. */
async function changeElsewhere(ticketId: number, title: string): Promise<void> {
  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await fetch(`${context.url}/otrs/api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    return (await response.json()) as Record<string, unknown>
  }
  const login = await post('auth/login', { User: AGENTS.root.user, Password: AGENTS.root.password })
  const answer = await post('tickets/updateTicket', { OTRSAgentInterface: login.SessionValue, TicketID: ticketId, Title: title })
  expect(answer.Response).toBe('OK')
}

/** Lets the kept copies age past the moment in which they count as fresh. */
function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + FRESH_MS + 1000)
}

/** A ticket in the Restricted queue (8): anna may read it, rolf may not. */
async function restrictedTicket(): Promise<number> {
  const answer = await getTicketList({ queueIds: [8], limit: 1 })
  expect(answer.Tickets).toHaveLength(1)
  return answer.Tickets[0].TicketID
}

describe('navigation cache', () => {
  it('shows a ticket seen a moment ago at once, without a second read', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const first = useTicket(cache)
    await first.load(11)
    const reads = vi.spyOn(globalThis, 'fetch')

    const again = useTicket(cache)
    const loading = again.load(11)
    // On screen synchronously, fresh: no mark, no request.
    expect(again.state.value).toBe('done')
    expect(again.ticket.value?.TicketID).toBe(11)
    expect(again.revalidating.value).toBe(false)
    await loading
    expect(reads).not.toHaveBeenCalled()
    reads.mockRestore()
  })

  it('marks a kept ticket while it checks it, and shows what changed elsewhere once checked', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const first = useTicket(cache)
    await first.load(11)
    const before = first.ticket.value!
    await changeElsewhere(11, 'Changed by someone else')
    later()

    const back = useTicket(cache)
    const loading = back.load(11)
    // The kept copy shows at once, marked as such: never presented as fresh.
    expect(back.ticket.value?.Title).toBe(before.Title)
    expect(back.revalidating.value).toBe(true)
    expect(back.snapshot.value?.changed).toBe(before.Changed)
    await loading
    expect(back.revalidating.value).toBe(false)
    expect(back.ticket.value?.Title).toBe('Changed by someone else')
    expect(back.updated.value).toBe(true)
    expect(back.snapshot.value?.changed).toBe(back.ticket.value?.Changed)
    expect(back.snapshot.value?.changed).not.toBe(before.Changed)
  })

  it('a save from a kept copy still checks against the fresh Changed (the stale-write check stays)', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    await useTicket(cache).load(11)
    await changeElsewhere(11, 'Renamed meanwhile')
    later()

    const source = useTicket(cache)
    const loading = source.load(11)
    expect(source.revalidating.value).toBe(true)
    const resolveConflict = vi.fn(async () => 'cancel' as const)
    const editor = useTicketEdit(source, { myUserId: () => useSessionStore().me?.ID ?? null, prompts: { confirmLock: async () => true, resolveConflict } })
    // Saved from the kept copy, before its check answered.
    const outcome = await editor.save(['title'], { title: 'My title' })
    expect(resolveConflict).toHaveBeenCalledTimes(1)
    expect(outcome).toEqual({ status: 'cancelled' })
    await loading
  })

  it('marks a kept list page while it checks it, and reports the rows changed elsewhere', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const query = { queueIds: [5], limit: 10, offset: 0 }
    const first = useTicketList(cache)
    await first.load(query)
    const target = first.tickets.value[0]
    await changeElsewhere(target.TicketID, 'Changed on the list')
    later()

    const back = useTicketList(cache)
    const loading = back.load(query)
    expect(back.state.value).toBe('done')
    expect(back.tickets.value.map((ticket) => ticket.TicketID)).toEqual(first.tickets.value.map((ticket) => ticket.TicketID))
    expect(back.revalidating.value).toBe(true)
    await loading
    expect(back.revalidating.value).toBe(false)
    expect(back.updated.value).toBe(true)
    expect(back.changedIds.value.has(target.TicketID)).toBe(true)
    expect(back.tickets.value.find((ticket) => ticket.TicketID === target.TicketID)?.Title).toBe('Changed on the list')
  })

  it("the agent's own writes invalidate: the ticket is read again, kept list pages are checked", async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const query = { queueIds: [5], limit: 10, offset: 0 }
    await useTicketList(cache).load(query)
    await useTicket(cache).load(11)
    expect(cache.readTicket(11)).not.toBeNull()

    await updatePriority({ ticketId: 11, priorityId: 4 })

    expect(cache.readTicket(11)).toBeNull()
    expect(cache.readList(query)?.stale).toBe(true)
    const back = useTicketList(cache)
    const loading = back.load(query)
    // Still shown at once, but marked and checked however young it is.
    expect(back.revalidating.value).toBe(true)
    await loading
    const reopened = useTicket(cache)
    await reopened.load(11)
    expect(reopened.ticket.value?.PriorityID).toBe(4)
  })

  it('a change made elsewhere that the change feed sees invalidates the kept ticket and list pages', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const feed = useTicketFeedStore()
    const release = feed.acquire({ intervalSeconds: () => 60 })
    try {
      await until(() => feed.state === 'done')
      const query = { queueIds: [5], limit: 10, offset: 0 }
      await useTicketList(cache).load(query)
      await useTicket(cache).load(11)
      expect(cache.readList(query)?.stale).toBe(false)

      await changeElsewhere(11, 'Renamed while the agent was away')
      // Nothing of this console heard of it: the kept copy is still there until the feed polls.
      expect(cache.readTicket(11)).not.toBeNull()
      await feed.refreshNow()

      expect(cache.readTicket(11)).toBeNull()
      expect(cache.readList(query)?.stale).toBe(true)
      const reopened = useTicket(cache)
      await reopened.load(11)
      expect(reopened.ticket.value?.Title).toBe('Renamed while the agent was away')
    } finally {
      release()
      feed.stop()
    }
  })

  it('never shows another agent\'s data after a sign-in switch, not even from a prefetch on its way', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    const restricted = await restrictedTicket()
    await useTicket(cache).load(restricted)
    const query = { queueIds: [8], limit: 5, offset: 0 }
    await useTicketList(cache).load(query)
    expect(cache.readTicket(restricted)).not.toBeNull()
    // Anna points at another ticket, then signs out before it answers.
    cache.prefetchTicket(11)

    await signOut()
    await signIn('rolf')
    await new Promise((resolve) => setTimeout(resolve, 100))

    expect(cache.readTicket(restricted)).toBeNull()
    expect(cache.readTicket(11)).toBeNull()
    expect(cache.readList(query)).toBeNull()
    const ticket = useTicket(cache)
    await ticket.load(restricted)
    expect(ticket.state.value).toBe('error')
    expect(ticket.ticket.value).toBeNull()
    const list = useTicketList(cache)
    await list.load(query)
    expect(list.tickets.value).toEqual([])
  })

  it('never outlives a logout, nor a session that expired', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    await useTicket(cache).load(11)
    await useSessionStore().logout()
    // The session's own logout is enough: the cache goes with the agent.
    expect(cache.readTicket(11)).toBeNull()

    await signIn('anna')
    await useTicket(cache).load(11)
    useSessionStore().markExpired()
    expect(cache.readTicket(11)).toBeNull()
  })

  it('counts prefetches and how many a screen then showed', async () => {
    await signIn('anna')
    const cache = useNavCacheStore()
    cache.prefetchTicket(11)
    cache.prefetchTicket(12)
    // A second intent on the same ticket while it is on its way fetches nothing more.
    cache.prefetchTicket(11)
    const shown = useTicket(cache)
    await shown.load(11)
    expect(shown.ticket.value?.TicketID).toBe(11)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(cache.prefetchStats()).toMatchObject({ started: 2, used: 1 })
    // A fresh copy is not fetched again on intent.
    cache.prefetchTicket(12)
    expect(cache.prefetchStats().started).toBe(2)
  })
})
