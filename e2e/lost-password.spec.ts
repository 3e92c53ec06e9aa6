import { expect, test, type Page } from '@playwright/test'
import { resetSimulator } from './support/session'

const SHOTS = process.env.SHOTS_DIR
const INSTRUCTIONS_SENT = 'If this account exists, password reset instructions are on their way. Check your e-mail.'

// Journeys of many steps; the shared CI machine can be slow.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

async function openDialog(page: Page): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('User name').fill('rolf.ro')
  await page.getByRole('button', { name: 'Forgot your password?' }).click()
  await expect(page.getByTestId('lost-password-dialog')).toBeVisible()
}

test('a known user gets the server\'s answer, translated; the request is a form POST without a session token', async ({ page }) => {
  await openDialog(page)
  await expect(page.getByLabel('Your user name')).toHaveValue('rolf.ro')
  const requestPromise = page.waitForRequest((request) => request.url().includes('/otrs/api/auth/lostPassword'))
  await page.getByRole('button', { name: 'Send instructions' }).click()
  const request = await requestPromise
  expect(request.method()).toBe('POST')
  expect(request.headers()['content-type']).toContain('application/x-www-form-urlencoded')
  expect(new URLSearchParams(request.postData() ?? '').get('User')).toBe('rolf.ro')
  expect(request.url()).not.toContain('User=')
  await expect(page.getByTestId('lost-password-answer')).toHaveText(INSTRUCTIONS_SENT)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/lost-password-light.png` })
})

test('an unknown user gets exactly the same answer (no account probing)', async ({ page }) => {
  await openDialog(page)
  await page.getByLabel('Your user name').fill('nobody@example.test')
  await page.getByRole('button', { name: 'Send instructions' }).click()
  await expect(page.getByTestId('lost-password-answer')).toHaveText(INSTRUCTIONS_SENT)
})

test('a wrong reset token gets the server\'s refusal, translated', async ({ page }) => {
  await openDialog(page)
  await page.getByText('I have a reset token from the e-mail').click()
  await page.getByLabel('Reset token', { exact: true }).fill('invalidtoken')
  await page.getByRole('button', { name: 'Send me a new password' }).click()
  await expect(page.getByTestId('lost-password-error')).toHaveText('This password reset link is not valid or has expired.')
  // What was typed stays.
  await expect(page.getByLabel('Reset token', { exact: true })).toHaveValue('invalidtoken')
})

test('a server with password reset turned off says so, translated', async ({ page }) => {
  // The simulator always has the feature on; this is the real server's answer when it is off.
  await page.route('**/otrs/api/auth/lostPassword', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: '{"Response":"ERROR","Message":"Feature not active."}' }),
  )
  await openDialog(page)
  await page.getByRole('button', { name: 'Send instructions' }).click()
  await expect(page.getByTestId('lost-password-error')).toHaveText('Password reset is turned off on this server. Ask your administrator.')
})

test('an empty user name gets a message next to the field and sends nothing', async ({ page }) => {
  const calls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/otrs/api/auth/lostPassword')) calls.push(request.url())
  })
  await page.goto('/login')
  await page.getByRole('button', { name: 'Forgot your password?' }).click()
  await page.getByRole('button', { name: 'Send instructions' }).click()
  await expect(page.getByText('Enter your user name.', { exact: true })).toBeVisible()
  expect(calls).toEqual([])
})

test('the dialog speaks Russian and works in the dark theme', async ({ page }) => {
  await page.goto('/login')
  await page.evaluate(() => {
    localStorage.setItem('otrs-console.pref.locale', 'ru')
    localStorage.setItem('otrs-console.pref.theme', 'dark')
  })
  await page.reload()
  await page.getByRole('button', { name: 'Забыли пароль?' }).click()
  await page.getByLabel('Ваше имя пользователя').fill('rolf.ro')
  await page.getByRole('button', { name: 'Отправить инструкции' }).click()
  await expect(page.getByTestId('lost-password-answer')).toHaveText(
    'Если такая учётная запись есть, инструкции по сбросу пароля уже отправлены. Проверьте почту.',
  )
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/lost-password-dark-ru.png` })
})
