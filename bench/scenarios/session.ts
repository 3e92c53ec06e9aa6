import type { Page } from '@playwright/test'
import { clickAt, MILESTONES, signIn, timeWhen } from '../lib/browser'

/** Signs in on a fresh page and waits until the dashboard has finished its first load. */
export async function signedInOnDashboard(page: Page): Promise<void> {
  await page.goto('/login')
  await timeWhen(page, MILESTONES.loginUsable)
  await signIn(page)
  await clickAt(page, 'button[type="submit"]')
  await timeWhen(page, MILESTONES.dashboardCounts)
  await timeWhen(page, MILESTONES.dashboardComplete, 60_000)
}
