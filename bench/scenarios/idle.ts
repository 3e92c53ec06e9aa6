import type { Browser, Page } from '@playwright/test'
import { newContext, pageNow, RequestRecorder } from '../lib/browser'
import { burstCount } from '../lib/stats'
import { signedInOnDashboard } from './session'

export interface IdleSample {
  windowSeconds: number
  requests: number
  requestsPerMinute: number
  responseKBPerMinute: number
  /** Refresh rounds seen in the window (requests more than 5 s apart start a new one). */
  rounds: number
  /** The labels of the requests seen, with how often. */
  calls: Record<string, number>
}

/**
 * The page believes it is hidden, as a background tab does: what the Page Visibility API reports and
 * the event that announces the change (Chromium itself keeps headless pages visible).
 */
async function hide(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

async function idleOnDashboard(browser: Browser, baseUrl: string, hidden: boolean, windowSeconds: number): Promise<IdleSample> {
  const context = await newContext(browser, baseUrl)
  try {
    const page = await context.newPage()
    const recorder = new RequestRecorder(page)
    await signedInOnDashboard(page)
    if (hidden) await hide(page)
    const from = await pageNow(page)
    await page.waitForTimeout(windowSeconds * 1000)
    const until = await pageNow(page)
    await recorder.settle()
    const seen = recorder.between(from, until).filter((request) => request.kind === 'api')
    const calls: Record<string, number> = {}
    for (const request of seen) calls[request.label] = (calls[request.label] ?? 0) + 1
    const minutes = windowSeconds / 60
    const bytes = seen.reduce((sum, request) => sum + request.responseBytes, 0)
    const rounds = burstCount(seen.map((request) => request.start), 5000)
    return { windowSeconds, requests: seen.length, rounds, requestsPerMinute: seen.length / minutes, responseKBPerMinute: bytes / 1000 / minutes, calls }
  } finally {
    await context.close()
  }
}

/** A console left open on the dashboard, once in a visible and once in a hidden tab, side by side. */
export async function runIdle(browser: Browser, baseUrl: string, windowSeconds: number): Promise<{ visible: IdleSample; hidden: IdleSample }> {
  const [visible, hidden] = await Promise.all([
    idleOnDashboard(browser, baseUrl, false, windowSeconds),
    idleOnDashboard(browser, baseUrl, true, windowSeconds),
  ])
  return { visible, hidden }
}
