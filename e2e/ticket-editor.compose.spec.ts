import { expect, test, type Page } from '@playwright/test'
import { AGENTS, clickUnlessReloginAsked, resetSimulator, settled, signIn } from './support/session'

test.setTimeout(240_000)

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page)
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
})

async function openTicket(page: Page, ticketId: number): Promise<void> {
  await page.goto(`/tickets/${ticketId}`, { waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible({ timeout: 20_000 })
}

test('an internal note with an attachment and a state change, by keyboard', async ({ page }) => {
  await openTicket(page, 2)
  await page.keyboard.press('n')
  const composer = page.getByTestId('composer')
  await expect(composer).toBeVisible()
  await composer.getByTestId('compose-subject').locator('input').fill('Printer checked')
  await composer.getByTestId('compose-body').locator('textarea').fill('Tray 2 was bent, replaced it.\nSee the log.')
  await composer.getByTestId('compose-file-input').setInputFiles({ name: 'printer.log', mimeType: 'text/plain', buffer: Buffer.from('jam at 09:14\n') })
  await composer.getByTestId('compose-file-input').setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') })
  await expect(composer.getByText('tool.exe: this file type is not allowed')).toBeVisible()
  await expect(composer.getByTestId('compose-attachment')).toHaveText(/printer\.log/)
  await composer.getByTestId('state-picker').click()
  await page.locator('.n-base-select-option').filter({ hasText: /^open$/ }).click()
  await composer.getByTestId('compose-send').dblclick()

  await expect(page.getByText('The article was added.')).toBeVisible()
  await expect(page.getByTestId('composer')).toHaveCount(0)
  const note = page.locator('[data-testid^="article-"]').filter({ hasText: 'Printer checked' })
  await expect(note).toHaveCount(1)
  await expect(note).toContainText('Tray 2 was bent, replaced it.')
  await expect(note.getByTestId('attachment')).toContainText('printer.log')
  await expect(page.getByTestId('field-state')).toContainText('open')
})

test('a draft survives a reload and an expired session, and is sent after signing in again', async ({ page }) => {
  await openTicket(page, 6)
  await page.getByTestId('action-note').click()
  const composer = page.getByTestId('composer')
  await composer.getByTestId('compose-subject').locator('input').fill('VAT question')
  await composer.getByTestId('compose-body').locator('textarea').fill('Asked accounting about the 19 % rate.')
  await page.waitForTimeout(600)

  await page.reload({ waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('compose-body').locator('textarea')).toHaveValue('Asked accounting about the 19 % rate.', { timeout: 20_000 })

  // The server forgets every session (as after an idle timeout); the agent keeps typing.
  await settled(page)
  await resetSimulator(page)
  await page.getByTestId('compose-body').locator('textarea').press('End')
  await page.getByTestId('compose-body').locator('textarea').pressSequentially(' Waiting for reply.')
  await page.waitForTimeout(600)
  const relogin = page.getByTestId('relogin-dialog')
  const loginPage = page.getByLabel('User name')
  await clickUnlessReloginAsked(page, page.getByTestId('compose-send'))

  await expect(relogin.or(loginPage).first()).toBeVisible({ timeout: 20_000 })
  if (await relogin.isVisible()) {
    await relogin.getByLabel('Password').fill(AGENTS.anna.password)
    await relogin.getByTestId('relogin-submit').click()
    await expect(relogin).toBeHidden()
  } else {
    await signIn(page)
    await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
    await openTicket(page, 6)
  }

  const body = page.getByTestId('compose-body').locator('textarea')
  await expect(body).toHaveValue('Asked accounting about the 19 % rate. Waiting for reply.')
  await page.getByTestId('compose-send').click()
  await expect(page.getByText('The article was added.')).toBeVisible()
  await expect(page.locator('[data-testid^="article-"]').filter({ hasText: 'VAT question' })).toHaveCount(1)
})
