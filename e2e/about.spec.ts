import { expect, test, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

const SHOTS = process.env.SHOTS_DIR

// Journeys of many steps; the shared CI machine can be slow.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

async function openAbout(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click()
  await page.getByText('About', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'About' })).toBeVisible()
}

test('shows the console, the server packages and the agent\'s permissions', async ({ page }) => {
  await page.goto('/login')
  await signIn(page, AGENTS.nora)
  await openAbout(page)
  await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/)
  await expect(page.getByTestId('about-api-base')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/otrs\/api$/)
  const packages = page.getByTestId('packages')
  await expect(packages.getByRole('row', { name: /RS4OTRS_API 6\.5\.1/ })).toContainText('Supported')
  await expect(page.getByTestId('api-outdated')).toHaveCount(0)

  const permissions = page.getByTestId('permissions')
  await expect(permissions.getByRole('row', { name: /^support/ })).toContainText('Full access')
  await expect(permissions.getByRole('row', { name: /^support/ })).toContainText('Support::Hardware')
  const sales = permissions.getByRole('row', { name: /^sales/ })
  await expect(sales).toContainText('Read')
  await expect(sales).toContainText('Add notes')
  await expect(sales).toContainText('Move into')
  await expect(sales).toContainText('Priority')
  await expect(sales).not.toContainText('Full access')
  await expect(permissions).not.toContainText('Restricted')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/about-light.png`, fullPage: true })
})

test('warns clearly when the server\'s RS4OTRS_API is older than the console supports', async ({ page }) => {
  await page.route('**/otrs/api/system/getPackageList', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ Response: 'OK', Packages: [{ Name: 'RS4OTRS_API', Version: '6.36.2' }] }),
    }),
  )
  await page.goto('/login')
  await page.evaluate(() => localStorage.setItem('otrs-console.pref.theme', 'dark'))
  await signIn(page)
  await openAbout(page)
  await expect(page.getByTestId('api-outdated')).toHaveText(
    'RS4OTRS_API 6.36.2 is older than 6.41, the oldest version this console supports. Some functions may fail: ask your administrator to update the package.',
  )
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/about-dark-outdated.png`, fullPage: true })
})

test('a failed package list shows a readable error and recovers with a retry', async ({ page }) => {
  let failing = true
  await page.route('**/otrs/api/system/getPackageList', (route) =>
    failing
      ? route.fulfill({
          status: 200,
          contentType: 'application/json; charset=utf-8',
          body: '{"Response":"ERROR","Message":"Please contact the administrator."}',
        })
      : route.continue(),
  )
  await page.goto('/login')
  await signIn(page)
  await openAbout(page)
  await expect(page.getByRole('alert').filter({ hasText: 'The server reported an internal problem' })).toBeVisible()
  failing = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByTestId('packages')).toContainText('RS4OTRS_API')
})

test('links to the keyboard shortcut sheet on the ticket list', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await openAbout(page)
  await expect(page.getByText('Press ? on the ticket list to see every shortcut.')).toBeVisible()
  await page.getByRole('link', { name: 'Open the ticket list' }).click()
  await expect(page).toHaveURL(/\/tickets/)
})
