import { spawn, type ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

export interface BenchServerOptions {
  root: string
  outDir: string
  port: number
  latencyMs: number
  tickets: number
}

export interface BenchServer {
  baseUrl: string
  stop: () => Promise<void>
}

/** Vite's notes about its future config loader would bury the table. */
const QUIET_VITE = { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...QUIET_VITE, OTRS_URL: '' } })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

/** A production build into the bench's own folder (dist/ belongs to the deploy and other suites). */
export function buildApp(root: string, outDir: string): Promise<void> {
  return run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], root)
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  throw new Error(`vite preview did not answer ${url} within ${timeoutMs} ms`)
}

/**
 * `vite preview` of the bench build with the simulator mounted (the Vite plugin does that when no
 * OTRS_URL is set), a fixed latency per API answer and a large world. Bound to 127.0.0.1 only.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', options.outDir, '--host', '127.0.0.1', '--port', String(options.port), '--strictPort'], {
    cwd: options.root,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: {
      ...process.env,
      ...QUIET_VITE,
      OTRS_URL: '',
      SIM_LATENCY_MS: String(options.latencyMs),
      SIM_TICKETS: String(options.tickets),
      SIM_FAULT_RATE: '0',
    },
  })
  const baseUrl = `http://127.0.0.1:${options.port}`
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // The group: npx starts vite as a child of its own.
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, sleep(5000)])
  }
  try {
    await waitUntilUp(`${baseUrl}/config.json`, child, 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, stop }
}

/** A fresh seeded world; `knobs` (such as `{ activityPerMin: 10 }`) hold until the next plain reset. */
export async function resetWorld(baseUrl: string, knobs?: Record<string, number>): Promise<void> {
  const response = await fetch(`${baseUrl}/__sim/reset`, knobs ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(knobs) } : { method: 'POST' })
  if (!response.ok) throw new Error(`simulator reset answered ${response.status}`)
}
