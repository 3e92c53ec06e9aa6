import { expect, test, type Page } from '@playwright/test'
import { AGENTS, createTicketMeanwhile, resetSimulator, signIn } from './support/session'

// A cold dev server on a busy machine can take half a minute to serve the first screen.
const FIRST_SCREEN = { timeout: 60_000 }
test.describe.configure({ timeout: 300_000 })

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

function tile(page: Page, label: string | RegExp) {
  return page.getByTestId('view-tile').filter({ has: page.locator('.tile__label', { hasText: label }) })
}

async function countOf(page: Page, label: string | RegExp): Promise<number> {
  const count = tile(page, label).getByTestId('view-count')
  await expect(count).toHaveText(/^[\d,\s]+$/, FIRST_SCREEN)
  return Number((await count.textContent())?.replace(/\D/g, ''))
}

test('dashboard counts equal what the ticket list shows for the same view', async ({ page }) => {
  await page.goto('/dashboard')
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible(FIRST_SCREEN)

  for (const [label, view] of [
    [/^Open$/, '-3'],
    [/^New notes$/, '-5&stateType=Open'],
    [/^My locked$/, '-6'],
  ] as const) {
    const count = await countOf(page, label)
    await tile(page, label).click()
    await expect(page).toHaveURL(new RegExp(`/tickets\\?view=${view}$`), FIRST_SCREEN)
    await expect(page.getByText(`${count} tickets`, { exact: true })).toBeVisible(FIRST_SCREEN)
    await page.getByRole('link', { name: 'Dashboard' }).click()
  }
})

/** This browser's refresh interval, as the preferences screen stores it before sign-in. */
async function useRefreshInterval(page: Page, seconds: number): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('otrs-console.pref.dashboardRefreshSeconds', value), String(seconds))
}

test('the refresh button picks up a ticket created meanwhile and marks the growth', async ({ page }) => {
  await useRefreshInterval(page, 0)
  await page.goto('/login')
  await signIn(page)
  await expect(page.getByText('Auto-refresh is off')).toBeVisible(FIRST_SCREEN)
  const before = await countOf(page, /^Open$/)
  const closed = await countOf(page, /^Closed$/)

  await createTicketMeanwhile(page.request, 'Jammed printer (manual refresh)')
  await page.getByTestId('dashboard-refresh').click()
  await expect(tile(page, /^Open$/).getByTestId('view-count')).toHaveText(String(before + 1))
  await expect(tile(page, /^Open$/).getByTestId('view-growth')).toHaveText('+1')
  await expect(tile(page, /^Closed$/).getByTestId('view-count')).toHaveText(String(closed))
  await expect(tile(page, /^Closed$/).getByTestId('view-growth')).toHaveCount(0)
  await expect(page.getByTestId('updated-ago')).toContainText(/Updated \d+ seconds? ago/)
})

test('the dashboard refreshes by itself and picks up a ticket created meanwhile', async ({ page }) => {
  await useRefreshInterval(page, 3)
  await page.goto('/login')
  await signIn(page)
  await expect(page.getByText('Auto-refresh every 3 s')).toBeVisible(FIRST_SCREEN)
  const before = await countOf(page, /^Open$/)

  await createTicketMeanwhile(page.request, 'Jammed printer (auto refresh)')
  // Nobody clicks: the next automatic round brings the new ticket in.
  await expect(tile(page, /^Open$/).getByTestId('view-count')).toHaveText(String(before + 1), { timeout: 20_000 })
})

test('escalations and pending reminders are one click from their tickets', async ({ page }) => {
  await page.goto('/dashboard')
  await signIn(page)
  const escalated = page.getByTestId('escalation-escalated')
  await expect(escalated.getByTestId('escalation-count')).toHaveText(/^[1-9]\d*$/, FIRST_SCREEN)
  await escalated.click()
  const first = page.getByTestId('escalation-ticket').first()
  await expect(first).toContainText('escalated')
  const number = (await first.locator('a').textContent())?.trim() ?? ''
  await first.locator('a').click()
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByText(`Ticket #${number}`)).toBeVisible(FIRST_SCREEN)

  await page.getByRole('link', { name: 'Dashboard' }).click()
  const reminders = tile(page, 'Pending reminder reached')
  await expect(reminders.getByTestId('view-count')).toHaveText(/^\d+$/)
  await expect(reminders).toContainText('waiting for a reminder')
  const waiting = Number(/of (\d+) waiting/.exec((await reminders.textContent()) ?? '')?.[1])
  await reminders.click()
  await expect(page).toHaveURL(/\/tickets\?stateIds=6$/)
  // The list shows every pending reminder; the tile counted those whose time has come among them.
  await expect(page.getByText(`${waiting} tickets`, { exact: true })).toBeVisible(FIRST_SCREEN)
})

test('the queue monitor shows where the load is and drills into the list', async ({ page }) => {
  await page.goto('/monitor')
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Queue monitor', level: 1 })).toBeVisible(FIRST_SCREEN)
  await expect(page.getByTestId('queue-row').first()).toBeVisible(FIRST_SCREEN)
  const totals = await page.getByTestId('queue-total').allTextContents()
  const numbers = totals.map((text) => Number(text.replace(/\D/g, '') || 0))
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))

  await expect(page.getByTestId('workload-row').filter({ hasText: 'Anna Fuller' }).getByTestId('stale-badge')).toBeVisible()

  const hardware = page.locator('[data-queue="Support::Hardware"]')
  const total = (await hardware.getByTestId('queue-total').textContent())?.trim()
  await hardware.locator('th a').click()
  await expect(page).toHaveURL(/\/tickets\?stateType=Open&queueIds=6$/, FIRST_SCREEN)
  await expect(page.getByText(`${total} tickets`, { exact: true })).toBeVisible(FIRST_SCREEN)
})

test('a read-only agent sees only the queues they may read', async ({ page }) => {
  await page.goto('/monitor')
  await signIn(page, AGENTS.rolf)
  await expect(page.getByTestId('queue-row').first()).toBeVisible(FIRST_SCREEN)
  await expect(page.locator('[data-queue="Support"]')).toBeVisible()
  await expect(page.locator('[data-queue="Restricted"]')).toHaveCount(0)
})
