import { expect, test } from '@playwright/test'
import { resetSimulator, signIn } from './support/session'

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

test('looks a customer up, sees the card and opens one of their tickets', async ({ page }) => {
  await page.goto('/customers')
  await signIn(page)
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('acme')
  const row = page.getByRole('row', { name: /John Doe/ })
  await expect(row).toContainText('Acme Corporation')
  await row.getByRole('link', { name: 'John Doe' }).click()

  await expect(page).toHaveURL(/\/customers\/jdoe$/)
  await expect(page.getByRole('heading', { name: 'John Doe' })).toBeVisible()
  await expect(page.getByText('UserEmail')).toBeVisible()
  await expect(page.getByText('john.doe@acme.example.test').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Bruce Wayne' })).toBeVisible()

  const openTickets = page.locator('section', { has: page.getByRole('heading', { name: 'Open tickets' }) })
  const firstTicket = openTickets.getByRole('link').first()
  await expect(firstTicket).toBeVisible()
  const subject = (await firstTicket.locator('.customer-tickets__subject').textContent())?.trim() ?? ''
  await firstTicket.click()
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByText(subject).first()).toBeVisible()

  // The ticket's customer panel leads back to the card.
  await page.getByTestId('customer-card-link').click()
  await expect(page).toHaveURL(/\/customers\/jdoe$/)
})

test('starts a new ticket for the customer from the card', async ({ page }) => {
  await page.goto('/customers/msmith')
  await signIn(page)
  await page.getByRole('button', { name: 'New ticket for this customer' }).click()
  await expect(page).toHaveURL(/\/tickets\/new\?customer=msmith/)
  await expect(page.getByTestId('customer-picker-selected')).toContainText('Mary Smith')
})
