import { expect, test, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

const SHOTS = process.env.SHOTS_DIR

// Journeys of many steps; the shared CI machine can be slow.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

async function openPreferences(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click()
  await page.getByText('Preferences', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Preferences' })).toBeVisible()
}

/** Picks an option of a select (naive-ui renders options without an ARIA role). */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.locator('.n-base-select-option').filter({ hasText: new RegExp(`^${option}$`) }).click()
}

/** Clicks a radio by its visible label (the input itself is visually hidden). */
async function pick(page: Page, groupTestId: string, label: string): Promise<void> {
  await page.getByTestId(groupTestId).getByText(label, { exact: true }).click()
}

test('switching language and theme changes the whole UI at once and survives a reload', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await openPreferences(page)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preferences-light-en.png`, fullPage: true })

  await choose(page, 'preference-language', 'Русский - Russian')
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
  // The shell changes too, not just this screen.
  await expect(page.getByRole('navigation').getByText('Заявки')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')

  await pick(page, 'preference-theme', 'Тёмная')
  await expect(page.locator('.app-root')).toHaveClass(/theme-dark/)
  // naive-ui's global style fades the body colour over 0.3 s: wait for the fade to end.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(16, 16, 20)')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preferences-dark-ru.png`, fullPage: true })

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
  await expect(page.locator('.app-root')).toHaveClass(/theme-dark/)
  await page.getByRole('navigation').getByText('Обзор').click()
  await expect(page.getByRole('heading', { name: 'Обзор' })).toBeVisible()
})

test('list and refresh settings stick per agent; another agent keeps the defaults', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await openPreferences(page)
  await choose(page, 'preference-page-size', '50 per page')
  await choose(page, 'preference-list-refresh', 'Off')
  await pick(page, 'preference-density', 'Compact')
  await pick(page, 'preference-time-display', 'Date and time')
  await page.getByTestId('preference-shortcuts').click()

  await page.reload()
  await expect(page.getByTestId('preference-page-size')).toContainText('50 per page')
  await expect(page.getByTestId('preference-list-refresh')).toContainText('Off')
  await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Date and time' })).toBeChecked()
  await expect(page.getByTestId('preference-shortcuts')).toHaveAttribute('aria-checked', 'false')

  await page.getByTestId('account-menu').click()
  await page.getByText('Sign out').click()
  await signIn(page, AGENTS.nora)
  await openPreferences(page)
  await expect(page.getByTestId('preference-page-size')).toContainText('25 per page')
  await expect(page.getByRole('radio', { name: 'Comfortable' })).toBeChecked()
  await expect(page.getByTestId('preference-shortcuts')).toHaveAttribute('aria-checked', 'true')
})

test('reset brings the defaults back', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await openPreferences(page)
  const reset = page.getByTestId('preferences-reset')
  await expect(reset).toBeDisabled()
  await choose(page, 'preference-dashboard-refresh', '5 minutes')
  await expect(reset).toBeEnabled()
  await reset.click()
  await expect(page.getByText('Your preferences are back to the defaults.')).toBeVisible()
  await expect(page.getByTestId('preference-dashboard-refresh')).toContainText('1 minute')
})

test('the time section shows the agent\'s OTRS time zone and a live example', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await openPreferences(page)
  await expect(page.getByTestId('time-zone')).toHaveText('Europe/Berlin (from your OTRS profile)')
  await expect(page.getByTestId('time-example')).toHaveText('Example: a ticket created 3 hours ago')
  await pick(page, 'preference-time-display', 'Date and time')
  await expect(page.getByTestId('time-example')).not.toContainText('ago')
})

test('notifications ask the browser only when switched on, and stay on when allowed', async ({ page, context }) => {
  await context.grantPermissions(['notifications'])
  await page.goto('/login')
  await signIn(page)
  await openPreferences(page)
  const toggle = page.getByTestId('preference-notifications')
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByTestId('notifications-hint')).toContainText('On:')
  await page.reload()
  await expect(page.getByTestId('preference-notifications')).toHaveAttribute('aria-checked', 'true')
})

test('notifications refused by the browser stay off and say how to allow them', async ({ page }) => {
  await page.goto('/login')
  await signIn(page)
  await openPreferences(page)
  // Answer the permission prompt with "Block", as an agent might.
  await page.evaluate(() => {
    Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'default' })
    Notification.requestPermission = () => {
      Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'denied' })
      return Promise.resolve('denied')
    }
  })
  const toggle = page.getByTestId('preference-notifications')
  await toggle.click()
  await expect(page.getByTestId('notifications-hint')).toContainText('The browser blocks notifications for this site')
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
})

test('dark theme from the login screen carries into the console', async ({ page }) => {
  await page.goto('/login')
  await page.evaluate(() => localStorage.setItem('otrs-console.pref.theme', 'dark'))
  await page.reload()
  await signIn(page)
  await openPreferences(page)
  await expect(page.locator('.app-root')).toHaveClass(/theme-dark/)
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preferences-dark-en.png`, fullPage: true })
})
