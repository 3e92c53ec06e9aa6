import { expect, test } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

test('wrong password shows the server message, translated, and keeps the user name', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login(\?|$)/)
  await signIn(page, { login: AGENTS.anna.login, password: 'not-the-password' })
  await expect(page.getByTestId('login-error')).toHaveText('Sign-in failed: the user name or password is wrong.')
  await expect(page.getByLabel('User name')).toHaveValue(AGENTS.anna.login)
  await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password')
  // A refused password is cleared for retyping.
  await expect(page.locator('main.login').getByLabel('Password')).toHaveValue('')
})

test('a server or network fault while signing in keeps the typed password, and a retry signs in', async ({ page }) => {
  await page.route('**/otrs/api/auth/login', (route) =>
    route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }),
  )
  await page.goto('/login')
  await signIn(page, AGENTS.anna)
  await expect(page.getByTestId('login-error')).toContainText('The server had a problem answering')
  const password = page.locator('main.login').getByLabel('Password')
  await expect(password).toHaveValue(AGENTS.anna.password)

  await page.route('**/otrs/api/auth/login', (route) => route.abort('connectionreset'))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('login-error')).toContainText('The server cannot be reached')
  await expect(password).toHaveValue(AGENTS.anna.password)

  await page.unrouteAll()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
})

test('empty fields get a message next to them and send nothing', async ({ page }) => {
  const apiCalls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/otrs/api/')) apiCalls.push(request.url())
  })
  await page.goto('/login')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Enter your user name.')).toBeVisible()
  await expect(page.getByText('Enter your password.')).toBeVisible()
  expect(apiCalls).toEqual([])
})

test('Enter in the password field submits', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('User name').fill(AGENTS.anna.login)
  await page.getByLabel('Password').fill(AGENTS.anna.password)
  await page.getByLabel('Password').press('Enter')
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
})

test('a deep link while signed out returns there after login', async ({ page }) => {
  await page.goto('/tickets?view=-3')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await signIn(page)
  await expect(page).toHaveURL(/\/tickets\?view=-3$/)
  await expect(page.getByRole('heading', { name: 'Tickets' })).toBeVisible()
})

test('the login screen switches to Russian', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click()
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible()
})
