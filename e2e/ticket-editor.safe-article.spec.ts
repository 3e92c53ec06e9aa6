import { expect, test } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

test.setTimeout(90_000)

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
  await page.goto('/')
  await signIn(page)
  await expect(page.getByTestId('account-menu')).toBeVisible()
})

test('an HTML article with script, onerror and javascript: payloads shows its text and runs nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })

  await page.goto('/tickets/16', { waitUntil: 'domcontentloaded' })
  const frameElement = page.getByTestId('html-body-frame').first()
  await expect(frameElement).toBeVisible()
  const sandbox = (await frameElement.getAttribute('sandbox')) ?? ''
  expect(sandbox).not.toContain('allow-scripts')

  const frame = page.frameLocator('[data-testid="html-body-frame"]').first()
  await expect(frame.getByText('suspicious')).toBeVisible()
  await expect(frame.locator('script')).toHaveCount(0)
  await expect(frame.locator('[onerror]')).toHaveCount(0)
  const link = frame.getByText('click here')
  await expect(link).toBeVisible()
  expect(await link.getAttribute('href')).toBeNull()
  await link.click()

  // Give any payload every chance to fire before checking nothing did.
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  await expect(page.getByText('Phishing mail reported by user').first()).toBeVisible()
})

test('attachments: a PNG is previewed and a PDF downloads under its own name', async ({ page }) => {
  await page.goto('/tickets/7', { waitUntil: 'domcontentloaded' })
  const png = page.getByTestId('attachment').filter({ hasText: 'monitor flicker.png' })
  await expect(png).toBeVisible()
  await expect(png).toContainText('image/png')
  await png.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByTestId('attachment-preview')
  await expect(preview.locator('img')).toBeVisible()
  expect(await preview.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
  await preview.getByRole('button', { name: 'Close', exact: true }).click()

  await page.goto('/tickets/6', { waitUntil: 'domcontentloaded' })
  const pdf = page.getByTestId('attachment').filter({ hasText: 'invoice-2026-0042.pdf' })
  await expect(pdf).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await pdf.getByRole('button', { name: 'Download' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('invoice-2026-0042.pdf')
  const path = await download.path()
  const { readFileSync } = await import('node:fs')
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
})

test('an attachment named with path separators is listed as stored and downloads under a safe base name', async ({ page }) => {
  const login = await page.request.post('/otrs/api/auth/login', { data: { User: AGENTS.anna.login, Password: AGENTS.anna.password } })
  const session = (await login.json()) as { SessionName: string; SessionValue: string }
  const uploaded = await page.request.post('/otrs/api/tickets/createAttachment', {
    data: {
      [session.SessionName]: session.SessionValue,
      TicketID: 6,
      File: { Content: Buffer.from('root:x:0:0:root:/root:/bin/bash\n').toString('base64'), ContentType: 'text/plain', Filename: '../../etc/passwd' },
    },
  })
  expect((await uploaded.json()) as { Response: string }).toMatchObject({ Response: 'OK' })

  await page.goto('/tickets/6', { waitUntil: 'domcontentloaded' })
  const stored = page.getByTestId('attachment').filter({ hasText: '../../etc/passwd' })
  await expect(stored).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await stored.getByRole('button', { name: 'Download' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('passwd')
})
