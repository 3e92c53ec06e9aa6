/**
 * `npm run bench`: builds the console into bench/.dist, serves it with the simulator (50 ms per API
 * answer, 20,000 tickets) and measures it in headless Chromium. Prints a table, writes
 * bench/results.json and exits 1 when a budget of bench/budgets.json is exceeded.
 *
 * Knobs: BENCH_PORT (8490), BENCH_RUNS (5 measured
 * runs after one warm-up), BENCH_IDLE_SECONDS (300 of steady state, at least 300 for the budgets),
 * BENCH_SKIP_BUILD=1 (reuse the build), BENCH_OUT_DIR (bench/.dist), BENCH_ONLY=journey,list,idle,heap.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { allWithinBudget, checkBudgets, parseBudgetFile } from './lib/budgets'
import { GzipSizes, launchBrowser } from './lib/browser'
import { formatTable, type Figure } from './lib/report'
import { buildApp, resetWorld, startBenchServer } from './lib/server'
import { median, round } from './lib/stats'
import { runBigList, type BigListSample } from './scenarios/bigList'
import { runHeap, type HeapSample } from './scenarios/heap'
import { runIdle, type IdleResults } from './scenarios/idle'
import { runJourney, type JourneySample } from './scenarios/journey'

const benchDir = dirname(fileURLToPath(import.meta.url))
const root = resolve(benchDir, '..')
const outDir = process.env.BENCH_OUT_DIR ? resolve(process.env.BENCH_OUT_DIR) : join(benchDir, '.dist')
const LATENCY_MS = 50
const TICKETS = 20_000
const HEAP_TICKETS = 20
/** Background activity of the busy idle world: other agents and customers, events per minute (issue 15). */
const BUSY_ACTIVITY_PER_MIN = 10
/** The first load and the first counts settle before the steady state is measured. */
const IDLE_WARMUP_SECONDS = 30

const port = Number(process.env.BENCH_PORT ?? 8490)
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const idleSeconds = Math.max(10, Number(process.env.BENCH_IDLE_SECONDS ?? 300))
const only = new Set((process.env.BENCH_ONLY ?? 'journey,list,idle,heap').split(',').map((part) => part.trim()))

function say(text: string): void {
  process.stderr.write(`bench: ${text}\n`)
}

function totalJs(): { gzipKB: number; rawKB: number } {
  const assets = join(outDir, 'assets')
  let gzip = 0
  let raw = 0
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    const content = readFileSync(join(assets, name))
    raw += content.length
    gzip += gzipSync(content).length
  }
  return { gzipKB: gzip / 1000, rawKB: raw / 1000 }
}

function medianOf<T>(samples: readonly T[], pick: (sample: T) => number | null): number | null {
  return median(samples.map(pick).filter((value): value is number => value !== null))
}

/** The highest value of all runs: round trips and waves must hold in every run, not in the median one. */
function worst(samples: ReadonlyArray<number | null>): number | null {
  return samples.length === 0 || samples.includes(null) ? null : Math.max(...(samples as number[]))
}

async function measure(): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const sizes = new GzipSizes(outDir)
  const server = await startBenchServer({ root, outDir, port, latencyMs: LATENCY_MS, tickets: TICKETS })
  const browser = await launchBrowser()
  const figures: Figure[] = []
  const details: Record<string, unknown> = {}
  const add = (key: string, label: string, value: number | null, unit: string, digits = 1): void => {
    figures.push({ key, label, value: round(value, digits), unit })
  }
  try {
    const js = totalJs()
    add('bytes.totalJsGzipKB', 'total JS, all chunks (gzip)', js.gzipKB, 'KB')
    add('bytes.totalJsRawKB', 'total JS, all chunks (raw)', js.rawKB, 'KB')

    if (only.has('journey')) {
      const journeys: JourneySample[] = []
      for (let run = 0; run <= runs; run += 1) {
        await resetWorld(server.baseUrl)
        say(`journey ${run === 0 ? 'warm-up' : `${run}/${runs}`}`)
        const sample = await runJourney(browser, server.baseUrl, sizes)
        if (run > 0) journeys.push(sample)
      }
      details.journeys = journeys
      add('bytes.loginInitialJsGzipKB', 'login route: initial JS (gzip)', medianOf(journeys, (s) => s.loginJsGzipKB), 'KB')
      add('bytes.loginInitialCssGzipKB', 'login route: initial CSS (gzip)', medianOf(journeys, (s) => s.loginCssGzipKB), 'KB')
      add('bytes.dashboardInitialJsGzipKB', 'dashboard route: initial JS (gzip)', medianOf(journeys, (s) => s.dashboardJsGzipKB), 'KB')
      add('bytes.dashboardInitialCssGzipKB', 'dashboard route: initial CSS (gzip)', medianOf(journeys, (s) => s.dashboardCssGzipKB), 'KB')
      add('time.loginUsableMs', 'login form usable (cold load)', medianOf(journeys, (s) => s.loginUsableMs), 'ms', 0)
      add('time.loginToDashboardCountsMs', 'sign-in click → dashboard counts', medianOf(journeys, (s) => s.loginToDashboardCountsMs), 'ms', 0)
      add('time.dashboardCountsMs', 'dashboard counts visible (cold load)', medianOf(journeys, (s) => s.dashboardCountsMs), 'ms', 0)
      add('time.dashboardCompleteMs', 'dashboard complete (cold load)', medianOf(journeys, (s) => s.dashboardCompleteMs), 'ms', 0)
      add('time.listRowsMs', 'nav click → ticket list rows visible', medianOf(journeys, (s) => s.listRowsMs), 'ms', 0)
      add('time.ticketArticlesMs', 'row click → ticket with articles visible', medianOf(journeys, (s) => s.ticketArticlesMs), 'ms', 0)
      add('time.nextTicketMs', '`]` → next (prefetched) ticket with articles', medianOf(journeys, (s) => s.nextTicketMs), 'ms', 0)
      add('time.backToListMs', 'ticket → back to the list it came from, rows visible', medianOf(journeys, (s) => s.backToListMs), 'ms', 0)
      add('time.longestTaskTicketOpenMs', 'longest main-thread task while a ticket opens', medianOf(journeys, (s) => s.longestTaskTicketOpenMs), 'ms', 0)
      const started = journeys.reduce((sum, s) => sum + s.prefetchStarted, 0)
      const used = journeys.reduce((sum, s) => sum + s.prefetchUsed, 0)
      add('requests.prefetchCount', 'prefetches per journey', medianOf(journeys, (s) => s.prefetchStarted), 'req', 0)
      add('requests.prefetchUnusedPct', 'prefetches never shown (all runs)', started === 0 ? null : ((started - used) / started) * 100, '%', 0)
      add('requests.journey', 'API requests, login → dashboard → list → ticket', medianOf(journeys, (s) => s.journeyApiRequests), 'req', 0)
      add('roundTrips.ticketOpen', 'opening a ticket: sequential round trips', worst(journeys.map((s) => s.ticketCriticalPath)), 'rt', 0)
      add('roundTrips.listPage', 'opening the list: sequential round trips', worst(journeys.map((s) => s.listCriticalPath)), 'rt', 0)
      add('roundTrips.dashboardCounts', 'dashboard counts: sequential round trips (cold)', worst(journeys.map((s) => s.dashboardCriticalPath)), 'rt', 0)
      add('waves.dashboardCounts', 'dashboard counts: waves they are spread over', worst(journeys.map((s) => s.dashboardCountWaves)), 'waves', 0)
    }

    if (only.has('list')) {
      await resetWorld(server.baseUrl)
      say('list of 10,000 tickets')
      const lists: BigListSample[] = await runBigList(browser, server.baseUrl, runs)
      details.bigList = lists
      add('list10k.total', '10k list: tickets matching', medianOf(lists, (s) => s.total), '', 0)
      add('list10k.rowsMs', '10k list: load → 100 rows visible', medianOf(lists, (s) => s.rowsMs), 'ms', 0)
      add('list10k.renderMs', '10k list: answer → 100 rows drawn', medianOf(lists, (s) => s.renderMs), 'ms', 0)
      add('list10k.droppedFramesPct', '10k list: dropped frames while scrolling', medianOf(lists, (s) => s.scroll.droppedShare * 100), '%')
      add('list10k.longestFrameMs', '10k list: longest frame while scrolling', medianOf(lists, (s) => s.scroll.longestMs), 'ms', 0)
    }

    if (only.has('idle')) {
      await resetWorld(server.baseUrl)
      say(`idle on the dashboard: ${idleSeconds} s of steady state after a ${IDLE_WARMUP_SECONDS} s warm-up (visible, two tabs, hidden side by side; then busy at ${BUSY_ACTIVITY_PER_MIN} changes/min)`)
      const idle: IdleResults = await runIdle(browser, server.baseUrl, IDLE_WARMUP_SECONDS, idleSeconds, () => resetWorld(server.baseUrl, { activityPerMin: BUSY_ACTIVITY_PER_MIN }))
      await resetWorld(server.baseUrl)
      details.idle = idle
      add('idle.visibleRequestsPerMinuteSteady', 'idle dashboard, visible tab: requests', idle.visible.requestsPerMinute, 'req/min', 2)
      add('idle.visibleKBPerMinute', 'idle dashboard, visible tab: answers', idle.visible.responseKBPerMinute, 'KB/min', 1)
      add('idle.busyRequestsPerMinute', `dashboard, visible tab, ${BUSY_ACTIVITY_PER_MIN} changes/min: requests`, idle.busy.requestsPerMinute, 'req/min', 2)
      add('idle.busyKBPerMinute', `dashboard, visible tab, ${BUSY_ACTIVITY_PER_MIN} changes/min: answers`, idle.busy.responseKBPerMinute, 'KB/min', 1)
      add('idle.twoTabsRequestsPerMinute', 'idle dashboard in two visible tabs: requests, both tabs', idle.twoTabs.requestsPerMinute, 'req/min', 2)
      add('idle.hiddenRequestsPerMinute', 'idle dashboard, hidden tab: requests', idle.hidden.requestsPerMinute, 'req/min', 2)
      add('idle.hiddenKBPerMinute', 'idle dashboard, hidden tab: answers', idle.hidden.responseKBPerMinute, 'KB/min', 1)
    }

    if (only.has('heap')) {
      await resetWorld(server.baseUrl)
      say(`heap while opening ${HEAP_TICKETS} tickets`)
      const heap: HeapSample = await runHeap(browser, server.baseUrl, HEAP_TICKETS)
      details.heap = heap
      add('heap.afterFirstTicketMB', 'JS heap after the 1st ticket', heap.heapMB[0], 'MB')
      add('heap.afterLastTicketMB', `JS heap after the ${HEAP_TICKETS}th ticket`, heap.heapMB[HEAP_TICKETS - 1], 'MB')
      add('heap.secondHalfSlopeKBPerTicket', 'JS heap growth per ticket, 2nd half', heap.secondHalfSlopeKBPerTicket, 'KB')
    }
  } finally {
    await browser.close()
    await server.stop()
  }
  return { figures, details }
}

async function main(): Promise<void> {
  const budgets = parseBudgetFile(readFileSync(join(benchDir, 'budgets.json'), 'utf8')).budgets
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    say('building into bench/.dist')
    await buildApp(root, outDir)
  }
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()[0]
  const { figures, details } = await measure()
  const values = Object.fromEntries(figures.map((figure) => [figure.key, figure.value]))
  const measured = new Set(figures.map((figure) => figure.key))
  // A partial run (BENCH_ONLY) is checked against the budgets of what it measured.
  const applicable = only.size === 4 ? budgets : budgets.filter((budget) => measured.has(budget.metric))
  const checks = checkBudgets(values, applicable)
  const machine = { cpus: cpus().length, loadAverageBefore: round(loadBefore, 1), loadAverageAfter: round(loadavg()[0], 1) }
  const results = {
    startedAt,
    settings: { latencyMs: LATENCY_MS, tickets: TICKETS, runs, idleSeconds, heapTickets: HEAP_TICKETS, port },
    machine,
    figures: values,
    budgets: checks,
    details,
  }
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(`\n${formatTable(figures, checks)}\n\n`)
  process.stdout.write(
    `median of ${runs} runs after a warm-up · ${LATENCY_MS} ms per API answer · ${TICKETS} tickets · ` +
      `${machine.cpus} CPUs, load ${machine.loadAverageBefore} → ${machine.loadAverageAfter} · details in bench/results.json\n`,
  )
  const failed = checks.filter((check) => !check.ok)
  if (failed.length > 0) {
    process.stdout.write(`\n${failed.length} budget(s) exceeded: ${failed.map((check) => check.metric).join(', ')}\n`)
  } else {
    process.stdout.write('\nevery budget holds\n')
  }
  process.exitCode = allWithinBudget(checks) ? 0 : 1
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
})
