import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test'
import { AGENTS, resetSimulator } from './support/session'

// The shared CI box is often saturated; these journeys do a lot per test.
test.describe.configure({ timeout: 180_000 })
// Other journeys share the output folder and clean it; traces of these would race with that.
test.use({ trace: 'off' })
const expect = baseExpect.configure({ timeout: 45_000 })

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

/** Signs in on the login page the list redirected to (by the fields' ids: their labels are not tied to them). */
async function signIn(page: Page, agent: { login: string; password: string }): Promise<void> {
  await page.locator('#login-user').fill(agent.login)
  await page.locator('#login-password').fill(agent.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function openList(page: Page, query = '', agent: { login: string; password: string } = AGENTS.anna): Promise<void> {
  await page.goto(`/tickets${query}`)
  await signIn(page, agent)
  await expect(page.locator('.ticket-row').first()).toBeVisible({ timeout: 60_000 })
}

/** A ticket straight from the API (as root), to know its number before the journey starts. */
async function findTicket(request: APIRequestContext, params: Record<string, string>): Promise<{ TicketID: number; TicketNumber: string; Title: string }> {
  const login = await request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const { SessionValue } = (await login.json()) as { SessionValue: string }
  const answer = await request.post('/otrs/api/tickets/getTicketList', { data: { OTRSAgentInterface: SessionValue, Limit: 1, ...params } })
  const { Tickets } = (await answer.json()) as { Tickets: Array<{ TicketID: number; TicketNumber: string; Title: string }> }
  expect(Tickets.length).toBe(1)
  return Tickets[0]
}

function rowInQueue(page: Page, queue: string) {
  return page.locator('.ticket-row').filter({ has: page.locator('td', { hasText: new RegExp(`^${queue}$`) }) }).first()
}

test('filter, sort and page live in the URL and survive a reload', async ({ page }) => {
  test.setTimeout(300_000)
  await openList(page, '?view=-3')
  const total = Number((await page.getByText(/^\d+ tickets$/).textContent())?.split(' ')[0])

  await page.getByTestId('open-filters').click()
  await page.getByTestId('filter-priorityIds').click()
  await page.locator('.n-base-select-option', { hasText: /^3 normal$/ }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page).toHaveURL(/priorityIds=3/)
  await expect(page.getByTestId('filter-chip')).toHaveText(['Priority: 3 normal'])
  const filtered = Number((await page.getByText(/^\d+ tickets$/).textContent())?.split(' ')[0])
  expect(filtered).toBeLessThan(total)
  expect(filtered).toBeGreaterThan(25)
  await expect(page.locator('.ticket-row').filter({ hasNotText: '3 normal' })).toHaveCount(0)

  await page.getByRole('columnheader', { name: 'Title' }).click()
  // The first click sorts descending (Z→A), as the table's arrow shows.
  await expect(page).toHaveURL(/sort=Title&order=Down/)
  await expect(page.locator('.ticket-row').first()).toBeVisible()
  const titles = (await page.locator('.ticket-row .title-cell__text').allTextContents()).map((title) => title.toLowerCase())
  expect(titles).toEqual([...titles].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)))

  const firstOnPageOne = await page.locator('.ticket-row .ticket-link').first().textContent()
  await page.locator('.n-pagination-item', { hasText: /^2$/ }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.locator('.ticket-row .ticket-link').first()).not.toHaveText(firstOnPageOne ?? '')

  await page.reload()
  // The chip is named once the reference data is back (slow on a busy box).
  await expect(page.getByTestId('filter-chip')).toHaveText(['Priority: 3 normal'], { timeout: 60_000 })
  await expect(page.locator('.n-pagination-item--active')).toHaveText('2')
  await expect(page.locator('.ticket-row').first()).toBeVisible()

  await page.goBack()
  await expect(page).not.toHaveURL(/page=2/)
  await page.getByTestId('filter-chip').getByRole('button').click()
  await expect(page).not.toHaveURL(/priorityIds/)
  await expect(page.getByTestId('filter-chip')).toHaveCount(0)
})

test('a ticket number typed into search opens that ticket, but only one the agent may read', async ({ page }) => {
  const readable = await findTicket(page.request, { QueueIDs: '5' })
  const restricted = await findTicket(page.request, { QueueIDs: '8' })

  await openList(page, '', AGENTS.rolf)
  const search = page.getByRole('textbox', { name: 'Search tickets' })
  await search.fill(restricted.TicketNumber)
  await search.press('Enter')
  await expect(page.getByTestId('search-notice')).toContainText(`No ticket #${restricted.TicketNumber} that you may open`)
  await expect(page).toHaveURL(/\/tickets\?q=/)
  await expect(page.getByText(restricted.Title)).toHaveCount(0)

  await search.fill(readable.TicketNumber)
  await search.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/tickets/${readable.TicketID}$`))
})

test('bulk move with one forbidden ticket: the report shows what happened to each', async ({ page }) => {
  await openList(page, '?queueIds=4,5&stateType=Open&lockIds=1', AGENTS.nora)
  const allowed = rowInQueue(page, 'Support')
  const forbidden = rowInQueue(page, 'Misc')
  const allowedNumber = (await allowed.locator('.ticket-link').textContent())?.trim() ?? ''
  const forbiddenNumber = (await forbidden.locator('.ticket-link').textContent())?.trim() ?? ''
  await allowed.locator('.ticket-select').check()
  await forbidden.locator('.ticket-select').check()
  await expect(page.getByTestId('bulk-bar')).toContainText('2 selected')

  await page.getByTestId('bulk-move').click()
  await page.locator('.n-base-select-option', { hasText: /^Sales$/ }).click()

  const report = page.getByTestId('bulk-report')
  await expect(report.getByTestId('bulk-summary')).toHaveText('1 done · 0 partly done · 0 failed · 1 skipped')
  await expect(report.getByTestId(`bulk-outcome-${allowedNumber}`)).toContainText('Done')
  await expect(report.getByTestId(`bulk-outcome-${forbiddenNumber}`)).toContainText('Skipped')
  await expect(report.getByTestId(`bulk-outcome-${forbiddenNumber}`)).toContainText('You may not do this in queue Misc')
  await page.screenshot({ path: '/tmp/shots-list/bulk-report-light.png' })

  await report.getByTestId('bulk-close').click()
  await expect(report).toBeHidden()
  await expect(page.locator('.ticket-link', { hasText: allowedNumber })).toHaveCount(0)
  await expect(page.locator('.ticket-link', { hasText: forbiddenNumber })).toHaveCount(1)
})

test('keyboard triage: move, select a range, open, search and jump', async ({ page }) => {
  await openList(page, '?view=-3')
  const rows = page.locator('.ticket-row')

  await page.keyboard.press('j')
  await expect(rows.nth(0)).toHaveClass(/ticket-row--focused/)
  await page.keyboard.press('j')
  await expect(rows.nth(1)).toHaveClass(/ticket-row--focused/)
  await page.keyboard.press('x')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(rows.nth(3)).toHaveClass(/ticket-row--focused/)
  await expect(page.getByTestId('bulk-bar')).toContainText('3 selected')
  await page.screenshot({ path: '/tmp/shots-list/keyboard-light.png' })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('bulk-bar')).toBeHidden()

  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcut-help')).toContainText('Keyboard shortcuts')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcut-help')).toBeHidden()

  await page.keyboard.press('/')
  await expect(page.getByRole('textbox', { name: 'Search tickets' })).toBeFocused()
  await page.keyboard.type('jk')
  await expect(rows.nth(3)).toHaveClass(/ticket-row--focused/)
  await page.keyboard.press('Escape')

  await page.keyboard.press('k')
  const number = (await rows.nth(2).locator('.ticket-link').textContent())?.trim() ?? ''
  await expect(rows.nth(2)).toHaveClass(/ticket-row--focused/)
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Ticket #${number}`)).toBeVisible()

  await page.goBack()
  await expect(rows.nth(2)).toBeVisible({ timeout: 60_000 })
  await page.keyboard.press('g')
  await page.keyboard.press('d')
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('looks finished in the dark theme', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('otrs-console.pref.theme', 'dark'))
  await openList(page, '?view=-3&priorityIds=4,5')
  await page.keyboard.press('j')
  await page.locator('.ticket-row').nth(1).locator('.ticket-select').check()
  await expect(page.getByTestId('bulk-bar')).toBeVisible()
  await page.screenshot({ path: '/tmp/shots-list/list-dark.png' })
  await page.getByTestId('open-filters').click()
  await expect(page.getByTestId('filter-drawer')).toBeVisible()
  await page.screenshot({ path: '/tmp/shots-list/drawer-dark.png' })
})
