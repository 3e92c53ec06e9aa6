import type { Browser } from '@playwright/test'
import { clickAt, MILESTONES, newContext, timeWhen } from '../lib/browser'
import { slope } from '../lib/stats'
import { signedInOnDashboard } from './session'

export interface HeapSample {
  /** JS heap in use after a full garbage collection, after each opened ticket (MB). */
  heapMB: number[]
  tickets: number[]
  /** Growth per ticket over the second half of the run (KB): near zero when the heap flattens. */
  secondHalfSlopeKBPerTicket: number
  /** Heap after the last ticket minus heap after the middle one (KB). */
  secondHalfGrowthKB: number
}

const MB = 1024 * 1024

/**
 * Opens `count` tickets one after another as an agent works through a list (open, back, next),
 * measuring the heap on each ticket page.
 */
export async function runHeap(browser: Browser, baseUrl: string, count: number): Promise<HeapSample> {
  const context = await newContext(browser, baseUrl)
  try {
    const page = await context.newPage()
    await signedInOnDashboard(page)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await cdp.send('HeapProfiler.enable')
    await clickAt(page, 'nav a[href$="/tickets"]')
    await timeWhen(page, MILESTONES.listRows)
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="ticket-table"] tbody tr[data-ticket-id]')].map((row) => Number(row.dataset.ticketId)),
    )
    if (ids.length < count) throw new Error(`the list shows ${ids.length} tickets, the heap run needs ${count}`)

    const heapMB: number[] = []
    const opened: number[] = []
    for (let index = 0; index < count; index += 1) {
      const ticketId = ids[index]
      if (index > 0) {
        await page.goBack()
        await timeWhen(page, `document.querySelector('[data-testid="ticket-table"] tbody tr[data-ticket-id="${ticketId}"] a.ticket-link') !== null`)
      }
      await clickAt(page, `[data-testid="ticket-table"] tbody tr[data-ticket-id="${ticketId}"] a.ticket-link`)
      await page.waitForURL((url) => url.pathname.endsWith(`/tickets/${ticketId}`))
      // That ticket's articles on screen (they may come from the navigation cache: the next ticket
      // of the list is fetched ahead, so no request needs to be awaited).
      await timeWhen(page, `document.querySelector('[data-testid="ticket-page"][data-ticket-id="${ticketId}"] [data-article-id]') !== null`)
      // Let the page finish what it does after drawing (seen marks, pickers) before weighing it.
      await page.waitForTimeout(700)
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
      heapMB.push(used / MB)
      opened.push(ticketId)
    }
    const half = Math.floor(count / 2)
    const secondHalf = heapMB.slice(half - 1)
    return {
      heapMB,
      tickets: opened,
      secondHalfSlopeKBPerTicket: slope(secondHalf) * 1024,
      secondHalfGrowthKB: (heapMB[count - 1] - heapMB[half - 1]) * 1024,
    }
  } finally {
    await context.close()
  }
}
