import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test'
import { AGENTS, resetSimulator } from './support/session'

// Many single key presses on a shared, often saturated machine.
test.describe.configure({ timeout: 180_000 })
test.use({ trace: 'off' })
const expect = baseExpect.configure({ timeout: 30_000 })

/**
 * What the focused element shows: its own outline or shadow, or (for naive-ui's inputs and selects,
 * whose text box sits inside a drawn frame) the focus state of that frame.
 */
async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { element: 'body', visible: false }
    const shows = (candidate: Element) => {
      const style = getComputedStyle(candidate)
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    }
    const frame = element.closest('.n-input, .n-base-selection')
    const frameFocused =
      frame !== null &&
      (frame.matches('.n-input--focus, .n-base-selection--focus, .n-base-selection--active') ||
        [...frame.querySelectorAll('.n-input__state-border, .n-base-selection__state-border')].some(shows))
    const name = element.getAttribute('aria-label') ?? element.textContent ?? ''
    return {
      element: `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} "${name.trim().slice(0, 40)}"`,
      visible: element.matches(':focus-visible') && (shows(element) || frameFocused),
    }
  })
}

/** Presses Tab (or Shift+Tab) until `target` holds the focus, then checks that the focus shows. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  await expect(target).toBeVisible()
  const visited: string[] = []
  for (let press = 0; press <= max; press++) {
    const focused = await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))
    if (focused) {
      const indicator = await focusIndicator(page)
      expect(indicator.visible, `no visible focus on ${indicator.element}`).toBe(true)
      return
    }
    visited.push((await focusIndicator(page)).element)
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${String(target)} is not reachable by ${backwards ? 'Shift+Tab' : 'Tab'}; focus went through:\n${visited.join('\n')}`)
}

async function signInByKeyboard(page: Page): Promise<void> {
  await page.goto('/login')
  const user = page.locator('main.login').getByLabel('User name')
  await expect(user).toBeFocused()
  await page.keyboard.type(AGENTS.anna.login)
  await tabTo(page, page.locator('main.login').getByLabel('Password'))
  await page.keyboard.type(AGENTS.anna.password)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await resetSimulator(page)
})

test('triage by keyboard alone: from the list to the ticket, a note, a new priority, then closed', async ({ page }) => {
  await signInByKeyboard(page)

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Tickets' }))
  await page.keyboard.press('Enter')
  await expect(page.locator('.ticket-row').first()).toBeVisible()
  await page.keyboard.press('j')
  const focusedRow = page.locator('.ticket-row--focused')
  await expect(focusedRow).toHaveCount(1)
  const number = (await focusedRow.locator('.ticket-link').textContent())?.trim() ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Ticket #${number}`)).toBeVisible()
  await expect(page.getByTestId('ticket-side-panel')).toBeVisible()

  // A note: the action button, then the composer's fields in tab order.
  await tabTo(page, page.getByTestId('action-note'))
  await page.keyboard.press('Enter')
  const composer = page.getByTestId('composer')
  await expect(composer).toBeVisible()
  await tabTo(page, composer.getByTestId('compose-subject').locator('input'))
  await page.keyboard.type('Checked by keyboard')
  await tabTo(page, composer.getByTestId('compose-body').locator('textarea'))
  await page.keyboard.type('Nothing left to do here.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('The article was added.')).toBeVisible()
  await expect(page.locator('[data-testid^="article-"]').filter({ hasText: 'Checked by keyboard' })).toHaveCount(1)

  // A new priority from the side panel: open the select, move down to "4 high", take it, save.
  const priority = page.getByTestId('field-priority')
  await tabTo(page, priority.locator('.n-base-selection'))
  await page.keyboard.press('Enter')
  const option = page.locator('.n-base-select-option--pending')
  await expect(option).toBeVisible()
  for (let step = 0; step < 6 && !/4 high/.test((await option.textContent()) ?? ''); step++) await page.keyboard.press('ArrowDown')
  await expect(option).toContainText('4 high')
  await page.keyboard.press('Enter')
  await expect(priority).toContainText('4 high')
  await tabTo(page, page.getByTestId('save-fields'))
  await page.keyboard.press('Enter')
  // The ticket is not locked: the console offers to lock it and change the priority in one step.
  await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Lock and change' }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('save-fields')).toHaveCount(0)
  await expect(priority).toContainText('4 high')

  // Close: the action button, then the confirmation, answered by keyboard too.
  await tabTo(page, page.getByTestId('action-close'), { backwards: true })
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Close ticket' })
  await tabTo(page, confirm)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('field-state')).toContainText('closed successful')
})

test('new ticket by keyboard: the queue comes from the tree without a click', async ({ page }) => {
  await signInByKeyboard(page)
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'New ticket' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible()

  const customer = page.getByRole('combobox', { name: 'Customer' })
  await expect(customer).toBeFocused()
  await page.keyboard.type('mary')
  await expect(page.getByRole('option', { name: /Mary Smith/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('customer-picker-selected')).toContainText('Mary Smith')

  const queue = page.getByTestId('queue-picker')
  await tabTo(page, queue)
  await page.keyboard.press('Enter')
  const pending = page.locator('.n-tree-node--pending')
  await page.keyboard.press('ArrowDown')
  await expect(pending).toBeVisible()
  for (let step = 0; step < 12 && ((await pending.textContent()) ?? '').trim() !== 'Support'; step++) await page.keyboard.press('ArrowDown')
  await expect(pending).toHaveText('Support')
  await page.keyboard.press('Enter')
  await expect(queue).toContainText('Support')
  await expect(page.getByTestId('channel-visibility')).toContainText('Not visible to the customer')

  // Typing narrows the tree; Enter takes the first match, as in the other pickers.
  await page.keyboard.press('Enter')
  await page.keyboard.type('Hardw')
  await expect(page.locator('.n-tree-node', { hasText: 'Hardware' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(queue).toContainText('Hardware')

  await tabTo(page, page.getByLabel('Title *'))
  await page.keyboard.type('Keyboard-only ticket')
  await tabTo(page, page.getByLabel('Text *'))
  await page.keyboard.type('Typed without touching the mouse.')
  await page.keyboard.press('Control+Enter')
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByText('Keyboard-only ticket').first()).toBeVisible()
})
