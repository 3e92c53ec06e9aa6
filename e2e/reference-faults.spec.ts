import { expect, test } from '@playwright/test'
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
