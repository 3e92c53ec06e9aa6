import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { AGENTS, createTicketMeanwhile, signIn } from './support/session'

/**
 * The change feed in real Chromium: figures kept current from changes only equal a fresh full load,
 * and two tabs of one browser share one poller (Web Locks + BroadcastChannel).
 */
const FIRST_SCREEN = { timeout: 60_000 }
test.describe.configure({ timeout: 300_000 })

const INTERVAL_SECONDS = 2

/** This browser's refresh interval, as the preferences screen stores it. */
async function useRefreshInterval(page: Page, seconds: number): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('otrs-console.pref.dashboardRefreshSeconds', value), String(seconds))
}

async function resetWorld(request: APIRequestContext, knobs: Record<string, number> = {}): Promise<void> {
  const response = await request.post('/__sim/reset', { data: knobs })
  expect(response.ok()).toBe(true)
}

/** Every figure the dashboard shows, once all of them are drawn. */
async function dashboardFigures(page: Page): Promise<Record<string, string>> {
  await expect(page.getByTestId('view-tile').first().getByTestId('view-count')).toBeVisible(FIRST_SCREEN)
  await expect(page.getByTestId('escalation-escalated').getByTestId('escalation-count')).toHaveText(/^\d+$/, FIRST_SCREEN)
  return page.evaluate(() => {
    const figures: Record<string, string> = {}
    for (const tile of document.querySelectorAll('[data-testid="view-tile"]')) {
      const label = tile.querySelector('.tile__label')?.textContent?.trim() ?? '?'
      figures[`tile ${label}`] = tile.querySelector('[data-testid="view-count"]')?.textContent?.trim() ?? ''
    }
    for (const bucket of document.querySelectorAll('[data-testid^="escalation-"]')) {
      const count = bucket.querySelector('[data-testid="escalation-count"]')
      if (count) figures[bucket.getAttribute('data-testid') ?? '?'] = count.textContent?.trim() ?? ''
    }
    return figures
  })
}

async function monitorFigures(page: Page): Promise<string[]> {
  await expect(page.getByTestId('queue-row').first()).toBeVisible(FIRST_SCREEN)
  await expect(page.getByTestId('workload-row').first()).toBeVisible(FIRST_SCREEN)
  return page.evaluate(() => [
    ...[...document.querySelectorAll('[data-testid="queue-row"]')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    // The oldest lock's age keeps growing by the second: the rest of the workload row is compared.
    ...[...document.querySelectorAll('[data-testid="workload-row"]')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').replace(/\d+\s*(s|min|h|d)\b.*$/, '').trim()),
  ])
}

async function freshConsole(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await useRefreshInterval(page, 0)
  await page.goto(path)
  await signIn(page)
  return page
}

test('after a burst of other people’s work the dashboard and monitor equal a fresh full load', async ({ page, browser }) => {
  // 40 changes in 20 s (creations, replies, moves, locks, closures…), then the world is quiet.
  await resetWorld(page.request, { activityPerMin: 120, activityEvents: 40 })
  await useRefreshInterval(page, INTERVAL_SECONDS)
  await page.goto('/dashboard')
  await signIn(page)
  const before = await dashboardFigures(page)

  // The activity ends 20 s after the reset; a few polls later the counts have been asked again too.
  await page.waitForTimeout(35_000)
  const kept = await dashboardFigures(page)
  expect(kept).not.toEqual(before)

  const fresh = await freshConsole(browser, '/dashboard')
  expect(await dashboardFigures(fresh)).toEqual(kept)

  await page.getByRole('link', { name: 'Queue monitor' }).click()
  await fresh.getByRole('link', { name: 'Queue monitor' }).click()
  expect(await monitorFigures(page)).toEqual(await monitorFigures(fresh))
  await fresh.context().close()
})

test('two tabs of one browser: one polls, both stay current, and the other takes over when it closes', async ({ context }) => {
  await resetWorld(context.request)
  const polls = new Map<Page, number>()
  const open = async (): Promise<Page> => {
    const tab = await context.newPage()
    polls.set(tab, 0)
    tab.on('request', (request) => {
      if (request.url().includes('/tickets/getTicketList') && (request.postData() ?? '').includes('"SortBy":"Changed"')) polls.set(tab, (polls.get(tab) ?? 0) + 1)
    })
    await useRefreshInterval(tab, INTERVAL_SECONDS)
    await tab.goto('/dashboard')
    await signIn(tab)
    await expect(tab.getByTestId('view-tile').first().getByTestId('view-count')).toBeVisible(FIRST_SCREEN)
    return tab
  }
  const first = await open()
  const second = await open()
  const openCount = (tab: Page) => tab.getByTestId('view-tile').filter({ has: tab.locator('.tile__label', { hasText: /^Open$/ }) }).getByTestId('view-count')

  polls.set(first, 0)
  polls.set(second, 0)
  await first.waitForTimeout(10 * 1000)
  const [a, b] = [polls.get(first) ?? 0, polls.get(second) ?? 0]
  // One tab asks (about every 2 s), the other asks nothing.
  expect(Math.min(a, b)).toBe(0)
  expect(Math.max(a, b)).toBeGreaterThanOrEqual(3)
  const leader = a > 0 ? first : second
  const follower = leader === first ? second : first

  const before = Number((await openCount(follower).textContent())?.replace(/\D/g, ''))
  await createTicketMeanwhile(context.request, 'Seen by both tabs')
  await expect(openCount(leader)).toHaveText(String(before + 1), { timeout: 30_000 })
  await expect(openCount(follower)).toHaveText(String(before + 1), { timeout: 30_000 })

  await leader.close()
  polls.set(follower, 0)
  await createTicketMeanwhile(context.request, 'Seen after the leader closed')
  await expect(openCount(follower)).toHaveText(String(before + 2), { timeout: 30_000 })
  expect(polls.get(follower) ?? 0).toBeGreaterThan(0)
})

async function asRoot(request: APIRequestContext, path: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const login = await request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const session = (await login.json()) as { SessionName: string; SessionValue: string }
  const answer = await request.post(`/otrs/api/${path}`, { data: { [session.SessionName]: session.SessionValue, ...data } })
  return (await answer.json()) as Record<string, unknown>
}

test('the ticket list and the ticket page learn of changes from the change feed', async ({ page }) => {
  await resetWorld(page.request)
  await page.addInitScript((value) => localStorage.setItem('otrs-console.pref.listRefreshSeconds', value), String(INTERVAL_SECONDS))
  await page.goto('/tickets?queueIds=5&stateType=Open')
  await signIn(page)
  const total = page.getByText(/^\d+ tickets$/)
  await expect(total).toBeVisible(FIRST_SCREEN)
  const before = Number((await total.textContent())?.replace(/\D/g, ''))
  await createTicketMeanwhile(page.request, 'Seen by the list')
  // Nobody clicks: the feed sees the change and the list asks for its page again.
  await expect(page.getByText(`${before + 1} tickets`, { exact: true })).toBeVisible({ timeout: 30_000 })

  await page.goto('/tickets/2')
  await expect(page.getByText(/^Ticket #/)).toBeVisible(FIRST_SCREEN)
  await expect(page.getByTestId('changed-elsewhere')).toHaveCount(0)
  const note = await asRoot(page.request, 'tickets/createArticle', {
    TicketID: 2, Subject: 'Checked by root', Body: 'The printer vendor is on the way.', ArticleType: 'note-internal', IsVisibleForCustomer: 0,
  })
  expect(note.Response).toBe('OK')
  await expect(page.getByTestId('changed-elsewhere')).toContainText('Someone else changed this ticket', { timeout: 30_000 })
  await page.getByTestId('changed-elsewhere').getByRole('button', { name: 'Show the latest' }).click()
  await expect(page.getByText('The printer vendor is on the way.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('changed-elsewhere')).toHaveCount(0)
})
