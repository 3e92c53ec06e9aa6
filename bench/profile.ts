/**
 * `npx tsx bench/profile.ts`: where the time of the navigation figures goes. Builds the console
 * without minification into bench/.dist-profile (BENCH_SKIP_BUILD=1 reuses it), serves it like the
 * bench does and takes a V8 CPU profile of each step of the journey (nav click → list, row click →
 * ticket, `]` → next ticket, back → list), from just before the input until the step's milestone.
 * Prints each step's time and the functions that spent it (self and total time).
 *
 * Knobs: BENCH_PORT (8491), PROFILE_TOP (25), PROFILE_FILTER (substring of a function's url to
 * list the total time of, e.g. "naive-ui").
 */
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { HUMAN_CLICK, launchBrowser, MILESTONES, newContext, signIn, timeWhen } from './lib/browser'
import { resetWorld, startBenchServer } from './lib/server'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'bench', '.dist-profile')
const port = Number(process.env.BENCH_PORT ?? 8491)
const top = Number(process.env.PROFILE_TOP ?? 25)
const filter = process.env.PROFILE_FILTER ? new RegExp(process.env.PROFILE_FILTER) : null

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** The report goes to standard output, line by line. */
function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

function build(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OTRS_URL: '' },
    })
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`build exited with ${code}`))))
  })
}

function label(node: ProfileNode): string {
  const frame = node.callFrame
  const file = frame.url.split('/').pop() ?? ''
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
}

function summarise(name: string, ms: number, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  for (let index = 0; index < profile.samples.length; index += 1) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000
    let node = byId.get(profile.samples[index])
    if (!node) continue
    self.set(label(node), (self.get(label(node)) ?? 0) + delta)
    const seen = new Set<string>()
    while (node) {
      const key = label(node)
      if (!seen.has(key)) {
        total.set(key, (total.get(key) ?? 0) + delta)
        seen.add(key)
      }
      const up = parent.get(node.id)
      node = up === undefined ? undefined : byId.get(up)
    }
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
  print(`\n=== ${name}: ${ms.toFixed(0)} ms`)
  print('-- self')
  for (const [key, value] of sorted(self)) print(`${value.toFixed(1).padStart(7)}  ${key}`)
  print('-- total')
  for (const [key, value] of sorted(total)) print(`${value.toFixed(1).padStart(7)}  ${key}`)
  if (filter) {
    print(`-- total, matching ${filter}`)
    const matching = new Map([...total].filter(([key]) => filter.test(key)))
    for (const [key, value] of sorted(matching)) print(`${value.toFixed(1).padStart(7)}  ${key}`)
  }
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } }
}

/**
 * The main thread's tasks from the input event to the milestone, each with where its time went
 * (self time by trace event name: scripts, style, layout, paint, garbage collection).
 */
async function traced(browser: Browser, page: Page, name: string, act: () => Promise<void>, milestone: string): Promise<void> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', '__metadata'],
  })
  const requests: string[] = []
  const onRequest = (request: import('@playwright/test').Request) => {
    if (request.url().includes('/otrs/api/')) requests.push(`${request.url().split('/otrs/api/')[1]} ${request.postData()?.match(/"TicketID":\d+/)?.[0] ?? ''}`)
  }
  page.on('request', onRequest)
  await act()
  await page.waitForFunction(
    (source) => {
      const holds = new Function(`return (${source})`)() as boolean
      if (holds) performance.mark('bench-milestone')
      return holds
    },
    milestone,
    { polling: 'raf' },
  )
  page.off('request', onRequest)
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const main = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`))
  const onMain = events.filter((event) => main.has(`${event.pid}:${event.tid}`))
  const input = onMain.find((event) => event.name === 'EventDispatch' && ['click', 'keydown'].includes(event.args?.data?.type ?? ''))
  const mark = onMain.find((event) => event.name === 'bench-milestone')
  if (!input || !mark) {
    print(`\n=== ${name}: trace lacks ${input ? 'the milestone' : 'the input'}`)
    return
  }
  const start = input.ts
  const end = mark.ts
  print(`\n=== ${name}: ${((end - start) / 1000).toFixed(1)} ms (trace); requests: ${requests.join(', ')}`)
  const complete = onMain.filter((event) => event.ph === 'X' && event.dur !== undefined && event.ts + (event.dur ?? 0) >= start && event.ts <= end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks = complete.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
  let last = start
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0)
    if (task.ts - last > 1000) print(`  ${((last - start) / 1000).toFixed(1).padStart(6)}  idle ${((task.ts - last) / 1000).toFixed(1)} ms`)
    const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= taskEnd)
    const self = new Map<string, number>()
    const stack: TraceEvent[] = []
    for (const event of inside) {
      while (stack.length > 0 && event.ts >= stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0)) stack.pop()
      const key = event.name === 'FunctionCall' ? `FunctionCall ${(event.args?.data?.functionName || '').slice(0, 30)}` : event.name
      self.set(key, (self.get(key) ?? 0) + (event.dur ?? 0))
      const parent = stack[stack.length - 1]
      if (parent) {
        const parentKey = parent.name === 'FunctionCall' ? `FunctionCall ${(parent.args?.data?.functionName || '').slice(0, 30)}` : parent.name
        self.set(parentKey, (self.get(parentKey) ?? 0) - (event.dur ?? 0))
      }
      stack.push(event)
    }
    const parts = [...self].filter(([, value]) => value > 300).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([key, value]) => `${key} ${(value / 1000).toFixed(1)}`)
    if ((task.dur ?? 0) > 500) print(`  ${((task.ts - start) / 1000).toFixed(1).padStart(6)}  task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${parts.join(' · ')}`)
    last = Math.max(last, taskEnd)
  }
  await page.waitForTimeout(1500)
}

async function profiled(cdp: CDPSession, page: Page, name: string, act: () => Promise<void>, milestone: string): Promise<void> {
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const started = await page.evaluate(() => performance.timeOrigin + performance.now())
  await act()
  const shown = await timeWhen(page, milestone)
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  const input = await page.evaluate(() => {
    const w = window as unknown as { __benchLastClick?: number; __benchLastKey?: number }
    return Math.max(w.__benchLastClick ?? 0, w.__benchLastKey ?? 0)
  })
  summarise(name, shown - Math.max(input, started), profile)
  await page.waitForTimeout(1500)
}

async function click(page: Page, selector: string): Promise<() => Promise<void>> {
  await page.hover(selector)
  await page.waitForTimeout(HUMAN_CLICK.dwellMs + 300)
  return async () => {
    await page.mouse.down()
    await page.waitForTimeout(HUMAN_CLICK.pressMs)
    await page.mouse.up()
  }
}

function ticketShown(id: number): string {
  return `document.querySelector('[data-testid="ticket-page"][data-ticket-id="${id}"] [data-article-id]') !== null`
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') await build()
  const server = await startBenchServer({ root, outDir, port, latencyMs: 50, tickets: 20_000 })
  const browser = await launchBrowser()
  try {
    await resetWorld(server.baseUrl)
    const context = await newContext(browser, server.baseUrl)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await page.goto('/login')
    await signIn(page)
    await page.click('button[type="submit"]')
    await timeWhen(page, MILESTONES.dashboardComplete, 60_000)
    await page.waitForTimeout(3000)

    const step = process.env.PROFILE_MODE === 'trace'
      ? (name: string, act: () => Promise<void>, milestone: string) => traced(browser, page, name, act, milestone)
      : (name: string, act: () => Promise<void>, milestone: string) => profiled(cdp, page, name, act, milestone)
    await step('nav click → list rows', await click(page, 'nav a[href$="/tickets"]'), MILESTONES.listRows)
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="ticket-table"] tbody tr[data-ticket-id]')].map((row) => Number(row.dataset.ticketId)),
    )
    const link = (id: number) => `[data-testid="ticket-table"] tbody tr[data-ticket-id="${id}"] a.ticket-link`
    await step('row click → ticket', await click(page, link(rows[2])), ticketShown(rows[2]))
    await step('`]` → next ticket', async () => void (await page.keyboard.press(']')), ticketShown(rows[3]))
    await step('`]` → next ticket again', async () => void (await page.keyboard.press(']')), ticketShown(rows[4]))
    await step('back → list', await click(page, '.page__back'), MILESTONES.listRows)
    await step('row click → ticket (from kept list)', await click(page, link(rows[6])), ticketShown(rows[6]))
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
