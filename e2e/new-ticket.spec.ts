import { expect, test } from '@playwright/test'
import { resetSimulator, signIn } from './support/session'

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
  await page.goto('/tickets/new')
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible()
})

async function chooseQueue(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.getByTestId('queue-picker').click()
  await page.locator('.n-tree-node-content', { hasText: new RegExp(`^${name}$`) }).first().click()
}

test('creates a ticket for an existing customer with an attachment, by keyboard, and lands on it', async ({ page }) => {
  const customer = page.getByRole('combobox', { name: 'Customer' })
  await expect(customer).toBeFocused()
  await customer.fill('mary')
  await expect(page.getByRole('option', { name: /Mary Smith/ })).toBeVisible()
  await expect(page.getByRole('option', { name: /Mary Smith/ })).toContainText('Globex Inc.')
  await customer.press('Enter')
  await expect(page.getByTestId('customer-picker-selected')).toContainText('Mary Smith')

  await chooseQueue(page, 'Support')
  await expect(page.getByTestId('channel-visibility')).toContainText('Not visible to the customer')
  await page.getByLabel('Title *').fill('Printer on floor 3 jams')
  await page.getByLabel('Text *').fill('Mary called: the printer jams on every page.')
  await page.getByTestId('attachment-input').setInputFiles({ name: 'jam.txt', mimeType: 'text/plain', buffer: Buffer.from('paper jam log') })
  await expect(page.getByText('jam.txt')).toBeVisible()

  await page.getByLabel('Text *').press('Control+Enter')
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByText('Printer on floor 3 jams').first()).toBeVisible()
  await expect(page.getByText('jam.txt').first()).toBeVisible()
})

test('checks required fields before sending and keeps what was typed', async ({ page }) => {
  await page.getByLabel('Title *').fill('Half-filled')
  await page.getByTestId('create-ticket').click()
  await expect(page.getByText('Choose a customer user or create one.')).toBeVisible()
  await expect(page.getByText('Describe the request.')).toBeVisible()
  await expect(page.getByText('Check the marked fields.')).toBeVisible()
  await expect(page.getByLabel('Title *')).toHaveValue('Half-filled')
  await expect(page).toHaveURL(/\/tickets\/new/)

  await page.reload()
  await expect(page.getByLabel('Title *')).toHaveValue('Half-filled')
  await expect(page.getByText('Your unsent draft is back.')).toBeVisible()
})

test('creates a customer user inline, then the ticket for them', async ({ page }) => {
  await page.getByRole('button', { name: '+ New customer user' }).click()
  await page.getByLabel('First name *').fill('Peter')
  await page.getByLabel('Last name *').fill('Parker')
  await page.getByLabel('E-mail *').fill('peter.parker@globex.example.test')
  await expect(page.getByLabel('Login *')).toHaveValue('peter.parker')
  await page.getByTestId('customer-form-company').click()
  await page.getByText('Globex Inc. (GLOBEX)').click()
  await page.getByRole('button', { name: 'Create customer user' }).click()
  await expect(page.getByTestId('customer-picker-selected')).toContainText('Peter Parker')

  await chooseQueue(page, 'Support')
  await page.getByLabel('Title *').fill('New caller cannot log in')
  await page.getByLabel('Text *').fill('Peter has no password yet.')
  await page.getByTestId('create-ticket').click()
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByText('New caller cannot log in').first()).toBeVisible()
})
