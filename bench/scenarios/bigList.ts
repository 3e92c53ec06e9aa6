import type { Browser, Page } from '@playwright/test'
import { MILESTONES, newContext, RequestRecorder, timeWhen } from '../lib/browser'
import { frameStats, type FrameStats } from '../lib/stats'
import { signedInOnDashboard } from './session'

/**
 * Queues Postmaster, Raw, Junk, Misc and Sales: 10,024 tickets in the bench world (20,000 tickets,
 * seed 2026), shown 100 per page. The list pages on the server, so a page is what the browser draws.
 */
export const BIG_LIST_PATH = '/tickets?queueIds=1,2,3,4,7&size=100'

export interface BigListSample {
  /** From navigation to the 100 rows on screen. */
  rowsMs: number
  /** From the page's answer arriving to the rows on screen: the browser's own work. */
  renderMs: number
  rows: number
  total: number | null
  scroll: FrameStats
}

/** Scrolls the list's scroll container down to the end and back at a steady pace, one step per frame. */
function scrollAndRecordFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const table = document.querySelector('[data-testid="ticket-table"]')
    let scroller: HTMLElement | null = table instanceof HTMLElement ? table : null
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) {
      scroller = scroller.parentElement
    }
    const target = scroller ?? document.scrollingElement
    if (!(target instanceof HTMLElement)) throw new Error('no scroll container around the ticket table')
    const step = 40
    const stamps: number[] = []
    await new Promise<void>((resolve) => {
      let direction = 1
      const tick = (stamp: number): void => {
        stamps.push(stamp)
        const before = target.scrollTop
        target.scrollTop = before + direction * step
        if (direction === 1 && target.scrollTop === before) direction = -1
        else if (direction === -1 && target.scrollTop === 0) return resolve()
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    return stamps
  })
}

export async function runBigList(browser: Browser, baseUrl: string, samples: number): Promise<BigListSample[]> {
  const context = await newContext(browser, baseUrl)
  try {
    const page = await context.newPage()
    const recorder = new RequestRecorder(page)
    let total: number | null = null
    page.on('response', (response) => {
      if (!response.url().endsWith('/tickets/getTicketList')) return
      const body = JSON.parse(response.request().postData() ?? 'null') as { Count?: unknown; QueueIDs?: unknown } | null
      if (body?.Count !== 1 || body.QueueIDs !== '1,2,3,4,7') return
      void response.json().then((answer: { Count?: number }) => {
        if (typeof answer.Count === 'number') total = answer.Count
      }, () => undefined)
    })
    await signedInOnDashboard(page)
    const results: BigListSample[] = []
    // The first round warms up the server's sort and the browser's code caches; it is not kept.
    for (let round = 0; round <= samples; round += 1) {
      await page.goto(BIG_LIST_PATH)
      const start = await page.evaluate(() => performance.timeOrigin)
      const visible = await timeWhen(page, `${MILESTONES.listRows} && document.querySelectorAll('[data-testid="ticket-table"] tbody tr[data-ticket-id]').length >= 100`, 60_000)
      await recorder.settle()
      const pages = recorder
        .between(start, visible)
        .filter((request) => request.label === 'tickets/getTicketList' && request.body?.Limit === 100)
      const answered = Math.max(...pages.map((request) => request.end))
      const rows = await page.evaluate(() => document.querySelectorAll('[data-testid="ticket-table"] tbody tr[data-ticket-id]').length)
      await page.waitForTimeout(500)
      const scroll = frameStats(await scrollAndRecordFrames(page))
      if (round > 0) results.push({ rowsMs: visible - start, renderMs: visible - answered, rows, total, scroll })
    }
    return results
  } finally {
    await context.close()
  }
}
