import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

// The shared CI box is often saturated; this journey waits out the cache's freshness window once.
test.describe.configure({ timeout: 180_000 })
const SHOTS = process.env.SHOTS_DIR

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

/** Root, in another browser, renames a ticket: the console hears nothing of it. */
async function renameElsewhere(request: APIRequestContext, ticketId: number, title: string): Promise<void> {
  const login = await request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const { SessionValue } = (await login.json()) as { SessionValue: string }
  const answer = await request.post('/otrs/api/tickets/updateTicket', { data: { OTRSAgentInterface: SessionValue, TicketID: ticketId, Title: title } })
  expect(((await answer.json()) as { Response: string }).Response).toBe('OK')
}

function ticketPage(page: Page, ticketId: number) {
  return page.locator(`[data-testid="ticket-page"][data-ticket-id="${ticketId}"]`)
}

/** A navigation inside the running console (no page load: what it keeps in memory stays). */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, path)
}

test('list ↔ tickets from the navigation cache: back at once, [ ] stepping, changes made elsewhere shown, nothing kept for the next agent', async ({ page, request }) => {
  // The Restricted queue: anna may read it, rolf may not.
  const articleReads: number[] = []
  page.on('request', (sent) => {
    if (sent.url().endsWith('/otrs/api/tickets/getArticles')) articleReads.push(Number((sent.postDataJSON() as { TicketID: number }).TicketID))
  })
  await page.goto('/tickets?queueIds=8')
  await signIn(page)
  const rows = page.locator('.ticket-row')
  await expect(rows.nth(2)).toBeVisible()
  const ids = (await rows.evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.ticketId)))).slice(0, 3)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/navigation-list.png` })

  // The pointer rests on the row (the ticket is fetched ahead), then clicks.
  await rows.first().locator('.ticket-link').hover()
  await rows.first().locator('.ticket-link').click()
  await expect(ticketPage(page, ids[0]).locator('[data-article-id]').first()).toBeVisible()
  await expect(page.getByTestId('ticket-side-panel').getByTestId('service-picker')).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/navigation-ticket.png` })

  // `]` to the next ticket: fetched ahead when the first one opened (from the cache, too), so
  // the key asks the server nothing for it.
  await expect.poll(() => articleReads.filter((id) => id === ids[1]).length).toBe(1)
  await page.keyboard.press(']')
  await expect(ticketPage(page, ids[1]).locator('[data-article-id]').first()).toBeVisible()
  expect(articleReads.filter((id) => id === ids[1])).toHaveLength(1)
  // The side panel follows a frame later: then it is this ticket's and usable again.
  await expect(page.getByTestId('ticket-side-panel')).not.toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('ticket-side-panel')).not.toHaveAttribute('inert')
  // And the one after it was fetched ahead as this one came up from the cache.
  await expect.poll(() => articleReads.filter((id) => id === ids[2]).length).toBe(1)

  // Meanwhile someone renames the first ticket; once the kept copy is no longer fresh, `[` shows
  // it at once and then the change, with the quiet "Updated" mark.
  await renameElsewhere(request, ids[0], 'Renamed in another browser')
  await page.waitForTimeout(5500)
  await page.keyboard.press('[')
  await expect(ticketPage(page, ids[0])).toBeVisible()
  await expect(page.getByText('Renamed in another browser')).toBeVisible()
  await expect(page.getByTestId('freshness-updated')).toHaveText('Updated')
  await expect(page.getByTestId('freshness-checking')).toHaveCount(0)

  // Back to the list it came from: the rows are there, the renamed one too after the check.
  await page.getByText('← Back to tickets').click()
  await expect(page).toHaveURL(/\/tickets\?queueIds=8$/)
  await expect(page.locator(`.ticket-row[data-ticket-id="${ids[0]}"]`)).toContainText('Renamed in another browser')
  await expect(page.getByTestId('ticket-page')).toHaveCount(0)

  // Sign out; rolf signs in in the same running console and asks for anna's restricted ticket.
  await page.getByTestId('account-menu').click()
  await page.getByText('Sign out').click()
  await expect(page).toHaveURL(/\/login$/)
  await navigateInApp(page, `/login?redirect=${encodeURIComponent(`/tickets/${ids[0]}`)}`)
  await signIn(page, AGENTS.rolf)
  await expect(page).toHaveURL(new RegExp(`/tickets/${ids[0]}$`))
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByText('Renamed in another browser')).toHaveCount(0)
  await expect(page.locator('[data-article-id]')).toHaveCount(0)
})
