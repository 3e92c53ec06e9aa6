import { writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test'
import { AGENTS, resetSimulator, signIn } from './support/session'

// Thirteen screens and dialogs per test on a shared, often saturated machine.
test.describe.configure({ timeout: 240_000 })
test.use({ trace: 'off' })
const expect = baseExpect.configure({ timeout: 45_000 })

/** Where to write the findings per screen (a JSON file), for comparing runs; unset in CI. */
const REPORT = process.env.A11Y_REPORT
const SHOTS = process.env.SHOTS_DIR

type Theme = 'light' | 'dark'
type Finding = { rule: string; impact: string; targets: string[]; summary: string }

/** The WCAG 2.x A/AA rules plus axe's best practices: what an agent with a screen reader or a keyboard meets. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** Waits until nothing on the page is fading or sliding, so colours are measured as they end up. */
async function settle(page: Page): Promise<void> {
  // Spinners and progress stripes loop for ever: only the animations that end are waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  )
}

async function serious(page: Page, include?: string): Promise<Finding[]> {
  await settle(page)
  // label-content-name-mismatch is still "experimental" in axe 4, so off unless asked for.
  let builder = new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] })
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
    }))
}

function describe(findings: Finding[]): string {
  return findings
    .map((finding) => `${finding.rule} (${finding.impact}, ${finding.targets.length}×): ${finding.targets.slice(0, 6).join(' | ')} — ${finding.summary}`)
    .join('\n')
}

/** Checks one screen; a failure names the rule and the elements, and the run goes on to the next screen. */
async function check(page: Page, theme: Theme, screen: string, counts: Record<string, number>, include?: string): Promise<void> {
  const findings = await serious(page, include)
  if (REPORT) {
    writeFileSync(`${REPORT}-${theme}-${screen}.json`, JSON.stringify(findings, null, 2))
  }
  const count = findings.reduce((sum, finding) => sum + finding.targets.length, 0)
  counts[screen] = count
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${screen}-${theme}.png`, fullPage: true })
  expect.soft(count, `${screen} (${theme}): ${count} serious or critical\n${describe(findings)}`).toBe(0)
}

async function themeIsOn(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator('.app-root')).toHaveClass(new RegExp(`theme-${theme}`))
  // naive-ui's global style fades the body colour in; measure once it has arrived.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(theme === 'dark' ? 'rgb(16, 16, 20)' : 'rgb(255, 255, 255)')
}

async function openFromAccountMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('account-menu').click()
  await page.getByText(item, { exact: true }).click()
  await expect(page.getByRole('heading', { name: item, level: 1 })).toBeVisible()
}

function dialogClosed(dialog: Locator): Promise<void> {
  return expect(dialog).toBeHidden()
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe finding on any screen, ${theme} theme`, async ({ page }) => {
    const counts: Record<string, number> = {}
    await resetSimulator(page)
    await page.goto('/login')
    await page.evaluate((value) => localStorage.setItem('otrs-console.pref.theme', value), theme)
    await page.reload()
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
    await themeIsOn(page, theme)
    await check(page, theme, 'login', counts)

    await page.getByRole('button', { name: 'Forgot your password?' }).click()
    const lostPassword = page.getByTestId('lost-password-dialog')
    await expect(lostPassword).toBeVisible()
    await check(page, theme, 'lost-password', counts)
    await page.keyboard.press('Escape')
    await dialogClosed(lostPassword)

    await signIn(page)
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
    await themeIsOn(page, theme)
    await expect(page.getByTestId('view-count').first()).toHaveText(/^\d+$/)
    await check(page, theme, 'dashboard', counts)

    await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click()
    await expect(page.locator('.ticket-row').first()).toBeVisible()
    await check(page, theme, 'ticket-list', counts)

    await page.keyboard.press('?')
    const help = page.getByTestId('shortcut-help')
    await expect(help).toContainText('Keyboard shortcuts')
    await check(page, theme, 'shortcut-help', counts)
    await page.keyboard.press('Escape')
    await dialogClosed(help)

    // A bulk change of one ticket to a queue anna may use brings up the report.
    await page.locator('.ticket-row').first().locator('.ticket-select').check()
    await expect(page.getByTestId('bulk-bar')).toContainText('1 selected')
    await page.getByTestId('bulk-move').click()
    await page.locator('.n-base-select-option', { hasText: /^Sales$/ }).click()
    const report = page.getByTestId('bulk-report')
    await expect(report.getByTestId('bulk-summary')).toContainText('1 done')
    await check(page, theme, 'bulk-report', counts)
    await report.getByTestId('bulk-close').click()
    await dialogClosed(report)

    await page.locator('.ticket-row .ticket-link').first().click()
    await expect(page.getByText(/^Ticket #\d+/).first()).toBeVisible()
    await expect(page.locator('[data-testid^="article-"]').first()).toBeVisible()
    await check(page, theme, 'ticket', counts)

    await page.goto('/tickets/new')
    await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible()
    await expect(page.getByTestId('queue-picker')).toBeVisible()
    await check(page, theme, 'new-ticket', counts)

    await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click()
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('acme')
    await expect(page.getByRole('row', { name: /John Doe/ })).toBeVisible()
    await check(page, theme, 'customers', counts)

    await page.goto('/monitor')
    await expect(page.getByRole('heading', { name: 'Queue monitor', level: 1 })).toBeVisible()
    await expect(page.getByTestId('queue-row').first()).toBeVisible()
    await expect(page.getByTestId('workload-row').first()).toBeVisible()
    await check(page, theme, 'monitor', counts)

    await openFromAccountMenu(page, 'Preferences')
    await check(page, theme, 'preferences', counts)

    await openFromAccountMenu(page, 'About')
    await expect(page.getByTestId('permissions')).toBeVisible()
    await check(page, theme, 'about', counts)

    // Every session dropped on the server, as after an idle timeout: the next call asks again.
    await resetSimulator(page)
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click()
    const relogin = page.getByTestId('relogin-dialog')
    await expect(relogin).toBeVisible()
    await check(page, theme, 'relogin', counts)
    await relogin.getByLabel('Password').fill(AGENTS.anna.password)
    await relogin.getByRole('button', { name: 'Continue' }).click()
    await dialogClosed(relogin)

    if (REPORT) writeFileSync(`${REPORT}-${theme}.json`, JSON.stringify(counts, null, 2))
  })
}
