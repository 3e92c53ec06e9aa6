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
