import { expect, test, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

test.setTimeout(90_000)

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

async function openTicketAs(page: Page, agent: { login: string; password: string }, ticketId: number): Promise<void> {
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await signIn(page, agent)
  await expect(page.getByTestId('account-menu')).toBeVisible({ timeout: 20_000 })
  await page.goto(`/tickets/${ticketId}`, { waitUntil: 'domcontentloaded' })
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible({ timeout: 20_000 })
}

async function pick(page: Page, field: string, option: string): Promise<void> {
  await page.getByTestId(`field-${field}`).locator('.n-base-selection').click()
  await page.locator('.n-base-select-option').filter({ hasText: new RegExp(`^${option}$`) }).click()
}

/** Another agent changes the ticket through the API, as a colleague would from elsewhere. */
async function changeAsRoot(page: Page, ticketId: number, fields: Record<string, unknown>): Promise<void> {
  const login = await page.request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const session = (await login.json()) as { SessionName: string; SessionValue: string }
  const answer = await page.request.post('/otrs/api/tickets/updateTicket', {
    data: { [session.SessionName]: session.SessionValue, TicketID: ticketId, ...fields },
  })
  expect(((await answer.json()) as { Response: string }).Response).toBe('OK')
}

test('changing the priority of an unlocked ticket offers lock-and-change in one step', async ({ page }) => {
  await openTicketAs(page, AGENTS.anna, 26)
  await expect(page.getByTestId('lock-tag')).toHaveCount(0)

  await pick(page, 'priority', '4 high')
  await expect(page.getByTestId('staged-actions')).toContainText('One unsaved change')
  await page.getByTestId('save-fields').click()

  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('You do not hold the lock')
  await dialog.getByRole('button', { name: 'Lock and change' }).click()

  await expect(page.getByTestId('lock-tag')).toHaveText(/Locked by you/)
  await expect(page.getByTestId('field-priority')).toContainText('4 high')
  await expect(page.getByText('Changes saved.')).toBeVisible()
})

test('taking over another agent\'s lock names them and asks first', async ({ page }) => {
  // Ticket 11 is locked by Anna; root takes it over.
  await openTicketAs(page, AGENTS.root, 11)
  await expect(page.getByTestId('lock-tag')).toContainText('anna.full')
  await page.getByTestId('action-lock').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('anna.full holds the lock')
  await dialog.getByRole('button', { name: 'Take over' }).click()
  await expect(page.getByTestId('lock-tag')).toHaveText(/Locked by you/)
  await expect(page.getByTestId('field-owner')).toContainText('root@localhost')
})

test('a partial update shows the failure on the exact field and keeps the rest', async ({ page }) => {
  // Ticket 11 (Support) is locked by Anna: Nora may retype it, but the server refuses the move.
  await openTicketAs(page, AGENTS.nora, 11)
  await pick(page, 'type', 'Problem')
  await page.getByTestId('field-queue').locator('.n-base-selection').click()
  await page.locator('.n-tree-node-content').filter({ hasText: /^Sales$/ }).click()
  await expect(page.getByTestId('staged-actions')).toContainText('2 unsaved changes')
  await page.getByTestId('save-fields').click()

  await expect(page.getByTestId('field-problem-queue')).toContainText('did not apply this change')
  await expect(page.getByTestId('field-queue')).toContainText('Support')
  await expect(page.getByTestId('field-problem-type')).toHaveCount(0)
  await expect(page.getByTestId('field-type')).toContainText('Problem')
  await expect(page.getByText(/Not every change was applied: Queue/)).toBeVisible()
})

test('someone else\'s change since opening is shown before saving, and the agent may reload', async ({ page }) => {
  await openTicketAs(page, AGENTS.anna, 2)
  await changeAsRoot(page, 2, { Title: 'Printer replaced by facilities' })

  await pick(page, 'type', 'Problem')
  await page.getByTestId('save-fields').click()

  const warning = page.getByTestId('stale-warning')
  await expect(warning).toContainText('Someone else changed this ticket')
  await expect(warning.getByTestId('stale-difference').filter({ hasText: 'Title' })).toContainText('Printer replaced by facilities')
  await page.getByRole('button', { name: 'Reload, drop my change' }).click()

  await expect(page.getByTestId('ticket-title')).toHaveText('Printer replaced by facilities')
  await expect(page.getByTestId('field-type')).not.toContainText('Problem')
})

test('a read-only agent sees why every field is disabled', async ({ page }) => {
  await openTicketAs(page, AGENTS.rolf, 2)
  await expect(page.getByTestId('read-only-notice')).toContainText('you need write access to queue Support')
  await expect(page.getByTestId('action-note')).toBeDisabled()
  await expect(page.getByTestId('action-lock')).toBeDisabled()
  await expect(page.getByTestId('action-watch')).toBeEnabled()
})
