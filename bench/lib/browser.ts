import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test'
import type { RequestTiming } from './criticalPath'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** The same Chromium and flags as playwright.config.ts, so the bench sees what the journeys see. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A fresh profile (empty cache and storage), with the same viewport, locale and zone as the journeys. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Berlin' })
  // tsx keeps function names with a `__name` helper that exists in Node only; functions handed to
  // page.evaluate carry calls to it into the page.
  await context.addInitScript('globalThis.__name = (target) => target')
  await context.addInitScript(API_PROBE)
  await context.addInitScript(INPUT_PROBE)
  return context
}

/**
 * Records every API call as the page's code sees it: when it was made and when its answer reached
 * the page. Network timings alone mislead on a busy machine: a burst fired in one task can leave the
 * browser after the first answer came back, and would look like a chain.
 */
const API_PROBE = `(() => {
  const calls = (window.__benchApiCalls = [])
  const original = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (!url.includes('/otrs/api/')) return original(input, init)
    let body = null
    try { body = typeof init?.body === 'string' ? JSON.parse(init.body) : null } catch {}
    const call = { label: new URL(url, location.href).pathname.split('/otrs/api/')[1], body, start: performance.timeOrigin + performance.now(), end: Number.POSITIVE_INFINITY }
    calls.push(call)
    const done = () => { call.end = performance.timeOrigin + performance.now() }
    const pending = original(input, init)
    pending.then(done, done)
    return pending
  }
})()`

/**
 * When the last click and key press reached the page (the events' own time stamps, epoch ms):
 * a navigation is timed from the input event itself, with no driver round trip in it.
 */
const INPUT_PROBE = `(() => {
  const record = (name) => (event) => { window[name] = performance.timeOrigin + event.timeStamp }
  window.addEventListener('click', record('__benchLastClick'), { capture: true })
  window.addEventListener('keydown', record('__benchLastKey'), { capture: true })
})()`

/** How an agent opens a link with the mouse: the pointer rests on it, presses, releases. */
export const HUMAN_CLICK = {
  /** From the pointer settling on the target to pressing: people take 200–500 ms; we take less. */
  dwellMs: 150,
  /** Between pressing and releasing the button (the click fires on release). */
  pressMs: 60,
} as const

/**
 * Clicks `selector` as a person does (pointer moves there, rests, presses, releases) and returns
 * the page's epoch time of the click event. `sweep` selectors are crossed on the way, briefly
 * (as a pointer crossing a list does), without stopping.
 */
export async function humanClick(page: Page, selector: string, options: { sweep?: string[]; dwellMs?: number } = {}): Promise<{ intentAt: number; clickAt: number }> {
  // The sweep is plain pointer moves (no actionability waits), as quick as a hand crossing rows.
  const sweep = options.sweep ?? []
  if (sweep.length > 0) {
    const centres = await page.evaluate((targets) => targets.map((target) => {
      const box = document.querySelector(target)?.getBoundingClientRect()
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null
    }), sweep)
    for (const centre of centres) if (centre) await page.mouse.move(centre.x, centre.y)
  }
  await page.hover(selector)
  const intentAt = await pageNow(page)
  await page.waitForTimeout(options.dwellMs ?? HUMAN_CLICK.dwellMs)
  await page.mouse.down()
  await page.waitForTimeout(HUMAN_CLICK.pressMs)
  await page.mouse.up()
  const clickAt = await page.evaluate(() => (window as unknown as { __benchLastClick?: number }).__benchLastClick ?? Number.NaN)
  return { intentAt, clickAt }
}

/** Presses a key in the page and returns the page's epoch time of the keydown event. */
export async function pressKey(page: Page, key: string): Promise<number> {
  await page.keyboard.press(key)
  return page.evaluate(() => (window as unknown as { __benchLastKey?: number }).__benchLastKey ?? Number.NaN)
}

/**
 * The longest task on the page's main thread while `work` runs, from a Chromium trace (every task,
 * not only those over 50 ms as the Long Tasks API reports them).
 */
export async function longestMainThreadTask(browser: Browser, page: Page, work: () => Promise<void>): Promise<number> {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'] })
  try {
    await work()
  } finally {
    const buffer = await browser.stopTracing()
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
    const mainThreads = new Set(
      events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
    )
    const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
    lastTrace = tasks.map((event) => (event.dur ?? 0) / 1000)
  }
  return lastTrace.length > 0 ? Math.max(...lastTrace) : Number.NaN
}
let lastTrace: number[] = []

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  args?: { name?: string }
}

export interface ApiCall extends RequestTiming {
  body: Record<string, unknown> | null
}

/** API calls of the current document made in [from, until), as the page's code saw them. */
export async function apiCalls(page: Page, from: number, until = Number.POSITIVE_INFINITY): Promise<ApiCall[]> {
  const calls = await page.evaluate(() => (window as unknown as { __benchApiCalls?: ApiCall[] }).__benchApiCalls ?? [])
  return calls.filter((call) => call.start >= from && call.start < until).map((call) => ({ ...call, end: call.end ?? Number.POSITIVE_INFINITY }))
}

export const AGENT = { login: 'anna.full', password: 'AnnaFull#2026' } as const

export interface RecordedRequest extends RequestTiming {
  url: string
  /** Path below the site root, e.g. `/assets/index-abc.js` or `/otrs/api/tickets/getTicketList`. */
  path: string
  kind: 'api' | 'script' | 'style' | 'other'
  /** The JSON body the console sent (API calls only). */
  body: Record<string, unknown> | null
  status: number | null
  responseBytes: number
}

function kindOf(path: string): RecordedRequest['kind'] {
  if (path.startsWith('/otrs/api/') || path.startsWith('/otrs/json.pl')) return 'api'
  if (path.endsWith('.js')) return 'script'
  if (path.endsWith('.css')) return 'style'
  return 'other'
}

function parseBody(request: Request): Record<string, unknown> | null {
  try {
    const parsed: unknown = request.postDataJSON()
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * Every finished request of a page with its timing (epoch ms, the browser's clock) and size.
 * `since(mark)` gives those started after a mark taken with `now()`.
 */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = []
  private readonly pending = new Set<Promise<void>>()

  constructor(page: Page) {
    page.on('requestfinished', (request) => {
      // A request finishing as its page closes has no response left to read: it is not recorded.
      const work = this.record(request).catch(() => undefined)
      this.pending.add(work)
      void work.finally(() => this.pending.delete(work))
    })
  }

  private async record(request: Request): Promise<void> {
    const timing = request.timing()
    const url = new URL(request.url())
    const response = await request.response()
    const sizes = await request.sizes().catch(() => null)
    const start = timing.startTime
    const end = timing.responseEnd >= 0 ? start + timing.responseEnd : Date.now()
    const path = url.pathname
    this.requests.push({
      url: request.url(),
      path,
      label: path.replace(/^\/otrs\/api\//, ''),
      kind: kindOf(path),
      body: kindOf(path) === 'api' ? parseBody(request) : null,
      start,
      end,
      status: response?.status() ?? null,
      responseBytes: sizes?.responseBodySize ?? 0,
    })
  }

  /** Waits for the bookkeeping of requests that already finished. */
  async settle(): Promise<void> {
    await Promise.all([...this.pending])
  }

  between(from: number, until = Number.POSITIVE_INFINITY): RecordedRequest[] {
    return this.requests.filter((request) => request.start >= from && request.start < until).sort((a, b) => a.start - b.start)
  }
}

/** Epoch milliseconds on the page's clock (the clock of request timings). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin + performance.now())
}

/** Clicks in the page and returns the page's epoch time of the click (no driver round trip in it). */
export function clickAt(page: Page, selector: string): Promise<number> {
  return page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target)
    if (!element) throw new Error(`nothing to click at ${target}`)
    const at = performance.timeOrigin + performance.now()
    element.click()
    return at
  }, selector)
}

/** Waits until `condition` holds in the page, returning the page's epoch time when it first did. */
export async function timeWhen(page: Page, condition: string, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (source) => {
      const holds = new Function(`return (${source})`)() as boolean
      return holds ? performance.timeOrigin + performance.now() : false
    },
    condition,
    { timeout: timeoutMs, polling: 'raf' },
  )
  return (await handle.jsonValue()) as number
}

/**
 * Starts watching for `condition` before an input is made; the returned function gives the page's
 * epoch time of the first animation frame in which it held (what `timeWhen` gives too). Watching
 * from before the input leaves the driver's own round trips out of the figure: after a key press
 * the driver still confirms the key's release and reads its time stamp, and each of those waits
 * for the page's main thread, so a poll started afterwards could miss the first frame that showed
 * the result.
 */
export async function watchFor(page: Page, condition: string, timeoutMs = 30_000): Promise<() => Promise<number>> {
  const id = await page.evaluate((source) => {
    const holder = window as unknown as { __benchWatches?: Record<string, number> }
    const watches = (holder.__benchWatches ??= {})
    const key = `watch-${Object.keys(watches).length}-${performance.now()}`
    const holds = new Function(`return (${source})`) as () => boolean
    const frame = (): void => {
      if (holds()) watches[key] = performance.timeOrigin + performance.now()
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    return key
  }, condition)
  return async () => {
    const handle = await page.waitForFunction(
      (key) => (window as unknown as { __benchWatches?: Record<string, number> }).__benchWatches?.[key] ?? false,
      id,
      { timeout: timeoutMs, polling: 50 },
    )
    return (await handle.jsonValue()) as number
  }
}

/** The page conditions the bench waits for, as expressions evaluated in the page. */
export const MILESTONES = {
  loginUsable: `(() => { const user = document.querySelector('input[autocomplete="username"], #login-user'); const button = [...document.querySelectorAll('button')].find((b) => b.type === 'submit'); return !!user && !!button && !button.disabled })()`,
  dashboardCounts: `(() => { const tiles = [...document.querySelectorAll('[data-testid="view-tile"]')].filter((tile) => !tile.closest('[data-testid="pending-reminder-tile"]')); return tiles.length > 0 && tiles.every((tile) => tile.querySelector('[data-testid="view-count"]')) })()`,
  dashboardComplete: `(() => { const tiles = [...document.querySelectorAll('[data-testid="view-tile"]')]; return tiles.length > 1 && tiles.every((tile) => tile.querySelector('[data-testid="view-count"]')) && !document.querySelector('[aria-busy="true"]') })()`,
  listRows: `document.querySelectorAll('[data-testid="ticket-table"] tbody tr[data-ticket-id]').length > 0`,
  /** The list's rows on screen again: no ticket page, and not the list kept hidden behind one. */
  listRowsShown: `!document.querySelector('[data-testid="ticket-page"]') && [...document.querySelectorAll('[data-testid="ticket-table"] tbody tr[data-ticket-id]')].some((row) => !row.closest('.shell__kept--hidden'))`,
  ticketArticles: `document.querySelectorAll('[data-article-id]').length > 0`,
} as const

export function listRowCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-testid="ticket-table"] tbody tr[data-ticket-id]').length)
}

/** Signs in through the login form, as an agent would. */
export async function signIn(page: Page): Promise<void> {
  await page.getByLabel('User name').fill(AGENT.login)
  await page.getByLabel('Password').fill(AGENT.password)
}

/**
 * Gzip size of the built files as a server compresses them on the fly (zlib's default level 6, which
 * Apache's mod_deflate of the deploy guide uses), read from the bench build.
 */
export class GzipSizes {
  private readonly cache = new Map<string, number>()

  constructor(private readonly outDir: string) {}

  /** `path` as requested, e.g. `/assets/index-abc.js`; files outside the build count 0. */
  of(path: string): number {
    const known = this.cache.get(path)
    if (known !== undefined) return known
    const file = join(this.outDir, path.replace(/^\/+/, ''))
    const size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0
    this.cache.set(path, size)
    return size
  }
}
