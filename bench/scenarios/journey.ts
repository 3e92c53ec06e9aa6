import type { Browser, Page } from '@playwright/test'
import { criticalPath, waveCount, type CriticalPath } from '../lib/criticalPath'
import { apiCalls, clickAt, GzipSizes, humanClick, longestMainThreadTask, MILESTONES, newContext, pageNow, pressKey, RequestRecorder, signIn, timeWhen, watchFor, type ApiCall, type RecordedRequest } from '../lib/browser'

/** One run of login → dashboard → list → ticket in a fresh profile, then a cold dashboard load. */
export interface JourneySample {
  loginUsableMs: number
  loginJsGzipKB: number
  loginCssGzipKB: number
  loginToDashboardCountsMs: number
  listRowsMs: number
  /** null when the requests the milestone needs were not seen at all (the bench is broken then). */
  listCriticalPath: number | null
  ticketArticlesMs: number
  /** null when the requests the milestone needs were not seen at all (the bench is broken then). */
  ticketCriticalPath: number | null
  ticketChain: string[]
  journeyApiRequests: number
  journeySteps: Record<string, number>
  dashboardCountsMs: number
  dashboardCompleteMs: number | null
  dashboardJsGzipKB: number
  dashboardCssGzipKB: number
  /** null when the requests the milestone needs were not seen at all (the bench is broken then). */
  dashboardCriticalPath: number | null
  dashboardChain: string[]
  /** null when the requests the milestone needs were not seen at all (the bench is broken then). */
  dashboardCountWaves: number | null
  dashboardCountRequests: number
  /** `]` on the ticket page → the next ticket of the list with its articles. */
  nextTicketMs: number
  /** The ticket page's "back to list" → the rows of the list it came from. */
  backToListMs: number
  /** The longest main-thread task from the pointer resting on a row until the opened ticket settled. */
  longestTaskTicketOpenMs: number
  /** Prefetches the console started during the journey and how many of them a screen then showed. */
  prefetchStarted: number
  prefetchUsed: number
}

const KB = 1000

function gzipKB(requests: RecordedRequest[], kind: 'script' | 'style', sizes: GzipSizes): number {
  const paths = new Set(requests.filter((request) => request.kind === kind).map((request) => request.path))
  let bytes = 0
  for (const path of paths) bytes += sizes.of(path)
  return bytes / KB
}

function api(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.kind === 'api')
}

function seenOrNull(depth: number): number | null {
  return depth > 0 ? depth : null
}

function describeChain(path: CriticalPath): string[] {
  return path.chain.map((request) => request.label)
}

/** getTicketList with Count=1: a dashboard tile's number. */
function isCount(request: ApiCall | RecordedRequest): boolean {
  return request.label === 'tickets/getTicketList' && (request.body?.Count === 1 || request.body?.Count === '1')
}

/**
 * What the ticket page needs to show that ticket with its articles (reads of other tickets, e.g.
 * fetched ahead for a row the pointer crossed, are no step on its way).
 */
function isTicketRead(ticketId: number): (request: ApiCall) => boolean {
  return (request) =>
    request.body?.TicketID === ticketId && (request.label === 'tickets/getArticles' || request.label === 'tickets/getTicketList')
}

/** A page of the ticket list (not its count). */
function isListPage(request: ApiCall): boolean {
  return request.label === 'tickets/getTicketList' && !isCount(request)
}

function rowLink(ticketId: number): string {
  return `[data-testid="ticket-table"] tbody tr[data-ticket-id="${ticketId}"] a.ticket-link`
}

/** The ticket page of that ticket with its articles on screen. */
function ticketShown(ticketId: number): string {
  return `document.querySelector('[data-testid="ticket-page"][data-ticket-id="${ticketId}"] [data-article-id]') !== null`
}

async function rowIds(page: Page): Promise<number[]> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="ticket-table"] tbody tr[data-ticket-id]')].map((row) => Number(row.dataset.ticketId)),
  )
  if (ids.length < 7) throw new Error(`the list shows ${ids.length} tickets, the journey needs 7`)
  return ids
}

async function documentStart(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin)
}

async function quiet(recorder: RequestRecorder, page: Page, quietMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs
  let last = recorder.requests.length
  let stableSince = Date.now()
  while (Date.now() < deadline) {
    await page.waitForTimeout(100)
    if (recorder.requests.length !== last) {
      last = recorder.requests.length
      stableSince = Date.now()
    } else if (Date.now() - stableSince >= quietMs) return
  }
}

export async function runJourney(browser: Browser, baseUrl: string, sizes: GzipSizes): Promise<JourneySample> {
  const context = await newContext(browser, baseUrl)
  try {
    const page = await context.newPage()
    const recorder = new RequestRecorder(page)

    await page.goto('/login')
    const loginStart = await documentStart(page)
    const loginUsable = await timeWhen(page, MILESTONES.loginUsable)
    await recorder.settle()
    const loginLoad = recorder.between(0, loginUsable)

    await signIn(page)
    const submitted = await clickAt(page, 'button[type="submit"]')
    const dashboardCounts = await timeWhen(page, MILESTONES.dashboardCounts)
    await timeWhen(page, MILESTONES.dashboardComplete, 60_000).catch(() => null)
    await quiet(recorder, page, 500, 10_000)

    // Clicks as a person makes them: the pointer rests on the link, presses, releases. Times run
    // from the click event; round trips are counted from the pointer reaching the link, since the
    // console starts fetching on that intent.
    // Each navigation's milestone is watched from before the input (see watchFor).
    const listShown = await watchFor(page, MILESTONES.listRows)
    const { intentAt: listIntent, clickAt: listClicked } = await humanClick(page, 'nav a[href$="/tickets"]')
    const listRows = await listShown()
    await quiet(recorder, page, 500, 10_000)

    const rows = await rowIds(page)
    const ticketId = rows[2]
    // The pointer crosses the first rows on its way down to the third.
    const ticketOpened = await watchFor(page, MILESTONES.ticketArticles)
    const { intentAt: ticketIntent, clickAt: ticketClicked } = await humanClick(page, rowLink(ticketId), { sweep: [rowLink(rows[0]), rowLink(rows[1])] })
    const ticketArticles = await ticketOpened()
    await quiet(recorder, page, 1000, 10_000)
    const journeyEnd = await pageNow(page)
    await recorder.settle()

    const ticketPath = criticalPath(
      // Tickets fetched ahead for rows the pointer crossed are not on this ticket's way (and would
      // make a chain of timings only).
      (await apiCalls(page, ticketIntent, ticketArticles)).filter((call) => call.body?.TicketID === undefined || call.body.TicketID === ticketId),
      isTicketRead(ticketId),
    )
    const listPath = criticalPath(await apiCalls(page, listIntent, listRows), isListPage)
    const journey = api(recorder.between(submitted, journeyEnd))
    const steps = {
      loginToDashboard: api(recorder.between(submitted, listClicked)).length,
      dashboardToList: api(recorder.between(listClicked, ticketClicked)).length,
      listToTicket: api(recorder.between(ticketClicked, journeyEnd)).length,
    }

    // Working through the list: `]` to the next ticket (fetched ahead when this one opened), once
    // more, back to the list, and another ticket opened from it (its main-thread work traced).
    const nextOpened = await watchFor(page, ticketShown(rows[3]))
    const nextPressed = await pressKey(page, ']')
    const nextShown = await nextOpened()
    await quiet(recorder, page, 1000, 10_000)
    await pressKey(page, ']')
    await timeWhen(page, ticketShown(rows[4]))
    await quiet(recorder, page, 1000, 10_000)
    const backShown = await watchFor(page, MILESTONES.listRowsShown)
    const { clickAt: backClicked } = await humanClick(page, '.page__back')
    const backRows = await backShown()
    await quiet(recorder, page, 1000, 10_000)
    const longestTask = await longestMainThreadTask(browser, page, async () => {
      await humanClick(page, rowLink(rows[6]), { sweep: [rowLink(rows[5])] })
      await timeWhen(page, ticketShown(rows[6]))
      await quiet(recorder, page, 1000, 10_000)
    })
    const prefetches = await page.evaluate(() => (window as unknown as { __otrsConsolePrefetchStats?: () => { started: number; used: number } }).__otrsConsolePrefetchStats?.() ?? null)
    if (!prefetches) throw new Error('the console reported no prefetch counts')

    // The same dashboard as a fresh page load with nothing cached but the session.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await page.goto('/dashboard')
    const dashboardStart = await documentStart(page)
    const dashboardAt = await timeWhen(page, MILESTONES.dashboardCounts)
    const dashboardComplete = await timeWhen(page, MILESTONES.dashboardComplete, 60_000).catch(() => null)
    await recorder.settle()
    const dashboardLoad = recorder.between(dashboardStart, dashboardAt)
    const dashboardApi = await apiCalls(page, dashboardStart, dashboardAt)
    const dashboardPath = criticalPath(dashboardApi, isCount)
    const counts = dashboardApi.filter(isCount)

    return {
      loginUsableMs: loginUsable - loginStart,
      loginJsGzipKB: gzipKB(loginLoad, 'script', sizes),
      loginCssGzipKB: gzipKB(loginLoad, 'style', sizes),
      loginToDashboardCountsMs: dashboardCounts - submitted,
      listRowsMs: listRows - listClicked,
      listCriticalPath: seenOrNull(listPath.depth),
      ticketArticlesMs: ticketArticles - ticketClicked,
      ticketCriticalPath: seenOrNull(ticketPath.depth),
      ticketChain: describeChain(ticketPath),
      journeyApiRequests: journey.length,
      journeySteps: steps,
      dashboardCountsMs: dashboardAt - dashboardStart,
      dashboardCompleteMs: dashboardComplete === null ? null : dashboardComplete - dashboardStart,
      dashboardJsGzipKB: gzipKB(dashboardLoad, 'script', sizes),
      dashboardCssGzipKB: gzipKB(dashboardLoad, 'style', sizes),
      dashboardCriticalPath: seenOrNull(dashboardPath.depth),
      dashboardChain: describeChain(dashboardPath),
      dashboardCountWaves: seenOrNull(waveCount(counts, dashboardApi)),
      dashboardCountRequests: counts.length,
      nextTicketMs: nextShown - nextPressed,
      backToListMs: backRows - backClicked,
      longestTaskTicketOpenMs: longestTask,
      prefetchStarted: prefetches.started,
      prefetchUsed: prefetches.used,
    }
  } finally {
    await context.close()
  }
}
