import type { Browser, Page } from '@playwright/test'
import { criticalPath, waveCount, type CriticalPath } from '../lib/criticalPath'
import { apiCalls, clickAt, GzipSizes, MILESTONES, newContext, pageNow, RequestRecorder, signIn, timeWhen, type ApiCall, type RecordedRequest } from '../lib/browser'

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

/** What the ticket page needs to show the ticket with its articles. */
function isTicketRead(request: ApiCall): boolean {
  return request.label === 'tickets/getArticles' || (request.label === 'tickets/getTicketList' && request.body?.TicketID !== undefined)
}

/** A page of the ticket list (not its count). */
function isListPage(request: ApiCall): boolean {
  return request.label === 'tickets/getTicketList' && !isCount(request)
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

    const listClicked = await clickAt(page, 'nav a[href$="/tickets"]')
    const listRows = await timeWhen(page, MILESTONES.listRows)
    await quiet(recorder, page, 500, 10_000)

    const ticketClicked = await clickAt(page, '[data-testid="ticket-table"] tbody tr[data-ticket-id] a.ticket-link')
    const ticketArticles = await timeWhen(page, MILESTONES.ticketArticles)
    await quiet(recorder, page, 1000, 10_000)
    const journeyEnd = await pageNow(page)
    await recorder.settle()

    const ticketPath = criticalPath(await apiCalls(page, ticketClicked, ticketArticles), isTicketRead)
    const listPath = criticalPath(await apiCalls(page, listClicked, listRows), isListPage)
    const journey = api(recorder.between(submitted, journeyEnd))
    const steps = {
      loginToDashboard: api(recorder.between(submitted, listClicked)).length,
      dashboardToList: api(recorder.between(listClicked, ticketClicked)).length,
      listToTicket: api(recorder.between(ticketClicked, journeyEnd)).length,
    }

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
    }
  } finally {
    await context.close()
  }
}
