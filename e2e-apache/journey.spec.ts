import { ANNA, expect, signIn, test, watchNetwork } from './support/fixtures'

test('sign in → dashboard → ticket list → ticket → sign out, served by Apache', async ({ page }) => {
  const network = watchNetwork(page)

  await page.goto('./')
  await expect(page).toHaveURL(/\/otrs-console\/login/)
  await signIn(page)

  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await expect(page.getByTestId('account-menu')).toContainText(ANNA.fullName)

  // Through the app's own navigation: a client-side route change under the base path.
  await page.getByRole('link', { name: 'Tickets' }).click()
  await expect(page).toHaveURL(/\/otrs-console\/tickets(\?.*)?$/)
  const firstRow = page.locator('.ticket-row').first()
  await expect(firstRow).toBeVisible()
  const ticketNumber = (await firstRow.locator('.ticket-link').textContent())?.trim() ?? ''
  expect(ticketNumber).toMatch(/^\d{10,}$/)

  await firstRow.locator('.ticket-link').click()
  await expect(page).toHaveURL(/\/otrs-console\/tickets\/\d+$/)
  await expect(page.getByText(`Ticket #${ticketNumber}`)).toBeVisible()
  await expect(page.locator('[data-testid^="article-"]').first()).toBeVisible()

  await page.getByTestId('account-menu').click()
  await page.getByText('Sign out').click()
  await expect(page).toHaveURL(/\/otrs-console\/login(\?.*)?$/)
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  // Every API call went through the /otrs/api RewriteRule of the snippet (the test server only
  // forwards json.pl), and nothing the page asked for failed.
  expect(network.apiPaths.length).toBeGreaterThan(0)
  expect(network.apiPaths.filter((path) => !path.startsWith('/otrs/api/'))).toEqual([])
  expect(network.failures).toEqual([])
})
