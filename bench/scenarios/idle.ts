import type { Browser, Page } from '@playwright/test'
import { newContext, pageNow, RequestRecorder } from '../lib/browser'
import { signedInOnDashboard } from './session'

export interface IdleSample {
  /** Tabs on the dashboard in this browser profile. */
  tabs: number
  windowSeconds: number
  requests: number
  requestsPerMinute: number
  responseKBPerMinute: number
  /** The labels of the requests seen (with the kind of getTicketList call), with how often. */
  calls: Record<string, number>
}

export interface IdleOptions {
  baseUrl: string
  /** Steady state only: the first load and this much after it are not measured. */
  warmupSeconds: number
  windowSeconds: number
  tabs?: number
  hidden?: boolean
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

function callLabel(label: string, body: Record<string, unknown> | null): string {
  if (label !== 'tickets/getTicketList' || !body) return label
  if (body.Count === 1) return `${label} (count)`
  if (body.SortBy === 'Changed') return `${label} (changes)`
  return `${label} (snapshot page)`
}

/**
 * A console left open on the dashboard (in one or two tabs of one browser profile, visible or
 * hidden): requests and answer bytes per minute over a window of steady state after the first load.
 */
export async function idleOnDashboard(browser: Browser, options: IdleOptions): Promise<IdleSample> {
  const context = await newContext(browser, options.baseUrl)
  const tabs = options.tabs ?? 1
  try {
    const pages: Page[] = []
    const recorders: RequestRecorder[] = []
    for (let tab = 0; tab < tabs; tab++) {
      const page = await context.newPage()
      recorders.push(new RequestRecorder(page))
      // Each tab signs in (the token lives in the tab's sessionStorage); same agent, same feed.
      await signedInOnDashboard(page)
      pages.push(page)
    }
    if (options.hidden) for (const page of pages) await hide(page)
    await pages[0].waitForTimeout(options.warmupSeconds * 1000)
    const from = await pageNow(pages[0])
    await pages[0].waitForTimeout(options.windowSeconds * 1000)
    const until = await pageNow(pages[0])
    const seen = []
    for (const recorder of recorders) {
      await recorder.settle()
      seen.push(...recorder.between(from, until).filter((request) => request.kind === 'api'))
    }
    const calls: Record<string, number> = {}
    for (const request of seen) {
      const label = callLabel(request.label, request.body as Record<string, unknown> | null)
      calls[label] = (calls[label] ?? 0) + 1
    }
    const minutes = options.windowSeconds / 60
    const bytes = seen.reduce((sum, request) => sum + request.responseBytes, 0)
    return { tabs, windowSeconds: options.windowSeconds, requests: seen.length, requestsPerMinute: seen.length / minutes, responseKBPerMinute: bytes / 1000 / minutes, calls }
  } finally {
    await context.close()
  }
}

export interface IdleResults {
  visible: IdleSample
  twoTabs: IdleSample
  hidden: IdleSample
  busy: IdleSample
}

/**
 * Three consoles side by side (separate browser profiles) on a quiet world: visible, two visible tabs,
 * hidden. Then, on the same world reset with the simulator's background activity, one visible console.
 */
export async function runIdle(
  browser: Browser,
  baseUrl: string,
  warmupSeconds: number,
  windowSeconds: number,
  busyWorld: () => Promise<void>,
): Promise<IdleResults> {
  const [visible, twoTabs, hidden] = await Promise.all([
    idleOnDashboard(browser, { baseUrl, warmupSeconds, windowSeconds }),
    idleOnDashboard(browser, { baseUrl, warmupSeconds, windowSeconds, tabs: 2 }),
    idleOnDashboard(browser, { baseUrl, warmupSeconds, windowSeconds, hidden: true }),
  ])
  await busyWorld()
  const busy = await idleOnDashboard(browser, { baseUrl, warmupSeconds, windowSeconds })
  return { visible, twoTabs, hidden, busy }
}
