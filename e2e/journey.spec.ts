import { expect, test } from '@playwright/test'
import { AGENTS, resetSimulator, settled, signIn } from './support/session'

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

test('login → dashboard → list → ticket → logout', async ({ page }) => {
  const tokenInUrl: string[] = []
  page.on('request', (request) => {
    if (/OTRSAgentInterface|SessionValue/i.test(request.url())) tokenInUrl.push(request.url())
  })

  await page.goto('/')
  await signIn(page)

  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await expect(page.getByTestId('account-menu')).toContainText(AGENTS.anna.fullName)
  const openTile = page.getByTestId('view-tile').filter({ hasText: /^Open/ })
  await expect(openTile.getByTestId('view-count')).toHaveText(/^\d+$/)
  const openCount = Number(await openTile.getByTestId('view-count').textContent())
  expect(openCount).toBeGreaterThan(0)

  await openTile.click()
  await expect(page).toHaveURL(/\/tickets\?view=-3/)
  await expect(page.getByText(`${openCount} tickets`)).toBeVisible()
  const firstRow = page.locator('.ticket-row').first()
  await expect(firstRow).toBeVisible()
  const ticketNumber = (await firstRow.locator('.ticket-link').textContent())?.trim() ?? ''
  expect(ticketNumber).toMatch(/^\d{10,}$/)

  await firstRow.locator('.ticket-link').click()
  await expect(page.getByText(`Ticket #${ticketNumber}`)).toBeVisible()
  await expect(page.locator('[data-testid^="article-"]').first()).toBeVisible()

  await page.getByTestId('account-menu').click()
  await page.getByText('Sign out').click()
  await expect(page).toHaveURL(/\/login$/)
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)

  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  expect(tokenInUrl).toEqual([])
})

test('an expired session asks for the password again and keeps the screen', async ({ page }) => {
  await page.goto('/tickets?view=-3')
  await signIn(page)
  await expect(page.locator('.ticket-row').first()).toBeVisible()
  // Every session is dropped on the server, as after an idle timeout.
  await settled(page)
  await resetSimulator(page)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  const dialog = page.getByTestId('relogin-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Password').fill(AGENTS.anna.password)
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByTestId('view-count').first()).toHaveText(/^\d+$/)
})

test('giving up the re-login leads to the login page and back to the same page', async ({ page }) => {
  await page.goto('/tickets?view=-3')
  await signIn(page)
  await expect(page.locator('.ticket-row').first()).toBeVisible()
  await settled(page)
  await resetSimulator(page)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  const dialog = page.getByTestId('relogin-dialog')
  await dialog.getByRole('button', { name: 'Sign out' }).click()
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await expect(page.getByRole('alert').filter({ hasText: 'Sign in again to continue where you left off.' })).toBeVisible()
  await signIn(page)
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
})
