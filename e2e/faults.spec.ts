import { expect, test, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

test.setTimeout(90_000)

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

test('a cut-off permissions answer is not "read-only": the ticket says the permissions are unknown, retries, and unlocks when they arrive', async ({ page }, testInfo) => {
  // Every getUserPermissions answer is cut off half-way until the connection heals.
  let permissionsBroken = true
  let permissionRequests = 0
  await page.route('**/otrs/api/users/getUserPermissions', async (route) => {
    permissionRequests += 1
    if (!permissionsBroken) return route.continue()
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{"Response":"OK","Groups":[{"Name":"sup' })
  })

  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page, AGENTS.anna)
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
  await page.goto('/tickets/2', { waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible({ timeout: 20_000 })

  // The API layer tries a cut-off read three more times before the page hears of it.
  const unknown = page.getByTestId('permissions-unknown-notice')
  await expect(unknown).toBeVisible({ timeout: 20_000 })
  await expect(unknown).toContainText('Your permissions for this ticket are not known yet')
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0)
  await expect(page.getByText(/Read-only/)).toHaveCount(0)
  await expect(page.getByTestId('action-note')).toBeDisabled()
  const consoleNotice = page.getByTestId('reference-load-notice')
  await expect(consoleNotice).toContainText('Could not load your permissions')
  await expect(consoleNotice).toContainText('tries again by itself')
  await page.screenshot({ path: testInfo.outputPath('ticket-permissions-unknown.png') })

  // It asks again by itself (2 s after the failure) while the answers stay broken.
  const requestsAtFailure = permissionRequests
  await expect.poll(() => permissionRequests, { timeout: 15_000 }).toBeGreaterThan(requestsAtFailure)

  // The connection heals; a click on Retry brings the permissions, and the ticket unlocks.
  permissionsBroken = false
  await unknown.getByTestId('permissions-retry').click()
  await expect(unknown).toHaveCount(0, { timeout: 20_000 })
  await expect(consoleNotice).toHaveCount(0)
  await expect(page.getByTestId('action-note')).toBeEnabled()
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0)
})

async function writeNote(page: Page, subject: string, body: string): Promise<void> {
  await page.getByTestId('action-note').click()
  const composer = page.getByTestId('composer')
  await composer.getByTestId('compose-subject').locator('input').fill(subject)
  await composer.getByTestId('compose-body').locator('textarea').fill(body)
  await composer.getByTestId('compose-send').click()
}

async function notesTitled(page: Page, ticketId: number, subject: string): Promise<number> {
  const login = await page.request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const session = (await login.json()) as { SessionName: string; SessionValue: string }
  const answer = await page.request.post('/otrs/api/tickets/getArticles', { data: { [session.SessionName]: session.SessionValue, TicketID: ticketId } })
  const { Articles } = (await answer.json()) as { Articles: Array<{ Subject: string }> }
  return Articles.filter((article) => article.Subject === subject).length
}

test('a note whose answer is cut off: "checking", then sent, once', async ({ page }, testInfo) => {
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page, AGENTS.anna)
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
  await page.goto('/tickets/2', { waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible({ timeout: 20_000 })

  // The server creates the note; its answer arrives half. The look that follows is slow, so "checking" shows.
  await page.route('**/otrs/api/tickets/createArticle', async (route) => {
    const answer = await route.fetch()
    const text = await answer.text()
    await route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, Math.floor(text.length / 2)) })
  })
  await page.route('**/otrs/api/tickets/getArticles', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await route.continue()
  })
  await writeNote(page, 'Cut-off answer', 'The server did create this.')
  await expect(page.getByTestId('compose-checking')).toContainText('not certain whether it was sent')
  await page.screenshot({ path: testInfo.outputPath('compose-checking.png') })
  await expect(page.getByText('The article was added.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('compose-error')).toHaveCount(0)
  await expect(page.getByTestId('composer')).toHaveCount(0)
  expect(await notesTitled(page, 2, 'Cut-off answer')).toBe(1)
})

test('a note whose connection drops before the server: "not sent" after the look, the text kept, and a retry sends it once', async ({ page }) => {
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page, AGENTS.anna)
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
  await page.goto('/tickets/2', { waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible({ timeout: 20_000 })

  await page.route('**/otrs/api/tickets/createArticle', (route) => route.abort('connectionreset'))
  await writeNote(page, 'Dropped before', 'This one never reached the server.')
  const error = page.getByTestId('compose-error')
  await expect(error).toContainText('the ticket shows no such article', { timeout: 20_000 })
  await expect(error).not.toContainText('administrator')
  await expect(page.getByTestId('compose-body').locator('textarea')).toHaveValue('This one never reached the server.')
  expect(await notesTitled(page, 2, 'Dropped before')).toBe(0)

  await page.unroute('**/otrs/api/tickets/createArticle')
  await page.getByTestId('compose-send').click()
  await expect(page.getByText('The article was added.')).toBeVisible({ timeout: 20_000 })
  expect(await notesTitled(page, 2, 'Dropped before')).toBe(1)
})

test('the dashboard without its ticket views: a readable error that retries by itself, never "no views", then the counts', async ({ page }, testInfo) => {
  let viewsBroken = true
  await page.route('**/otrs/api/filters/getTicketViews', (route) =>
    viewsBroken ? route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }) : route.continue(),
  )
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page, AGENTS.anna)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible({ timeout: 20_000 })
  const error = page.locator('.error-state')
  await expect(error).toContainText('The server had a problem answering', { timeout: 20_000 })
  await expect(error).toContainText('The console tries again by itself.')
  await expect(page.getByText('No ticket views')).toHaveCount(0)
  await expect(page.getByTestId('view-count')).toHaveCount(0)
  // The dashboard shows this failure itself: the console-wide notice does not repeat it.
  await expect(page.getByTestId('reference-load-notice')).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('dashboard-views-failed.png') })

  viewsBroken = false
  const openCount = page.getByTestId('view-tile').filter({ hasText: /^Open/ }).getByTestId('view-count')
  await expect(openCount).toHaveText(/^\d+$/, { timeout: 30_000 })
  await expect(error).toHaveCount(0)
})
