/**
 * The RS4OTRS_API simulator: Znuny 6.5.9 + RS4OTRS_API 6.5.1 as recorded in the shared fixtures,
 * in-process (tests), as Connect middleware (Vite) or standalone (server.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildWorld, type World } from './world/world.ts'
import { SessionStore } from './sessions.ts'
import { handleApi, isApiPath, toWire, type ParsedRequest, type WireResponse } from './http.ts'
import { createPrng } from './prng.ts'
import { fail } from './handlers/context.ts'
import { Activity } from './activity.ts'

export interface SimulatorOptions {
  /** Seed of the generated world (default 2026) */
  seed?: number
  /** Total tickets, the 31 fixture-shaped ones included (default 300, up to 50,000) */
  tickets?: number
  /** Delay before every API answer (not reset) in ms */
  latencyMs?: number
  /** Fraction of API answers that fail: HTTP 502 or truncated JSON */
  faultRate?: number
  /** Seed of the fault decisions (default: seed ^ 0x5eed) */
  faultSeed?: number
  /** Idle time after which a session expires (default 7200 s, Znuny's SessionMaxIdleTime) */
  sessionTtlS?: number
  /** Background activity of other agents and customers: events per minute (default 0), seeded by `seed` */
  activityPerMin?: number
  /** Stop the background activity after this many events (default: never) */
  activityEvents?: number
  /** Clock in milliseconds (tests pin it) */
  now?: () => number
}

export interface SimulatorRequest { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }
export interface SimulatorResponse { status: number; headers: Record<string, string>; body: Buffer }

export interface Simulator {
  /** Connect-style middleware: answers /otrs/api/*, /otrs/json.pl and POST /__sim/reset; calls next() for everything else */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void
  /** In-process call without HTTP, for tests */
  request(input: SimulatorRequest): Promise<SimulatorResponse>
  /**
   * Restore the seeded world and drop all sessions (test isolation). Latency and faults go back to
   * the start-up options unless `knobs` sets them for the time until the next reset.
   */
  reset(knobs?: Partial<Pick<SimulatorOptions, 'latencyMs' | 'faultRate' | 'faultSeed' | 'activityPerMin' | 'activityEvents'>>): void
}

export const DEFAULT_SEED = 2026
export const DEFAULT_TICKETS = 300
export const MAX_TICKETS = 50_000
export const DEFAULT_SESSION_TTL_S = 7200
/** Bodies above this are refused like Apache's LimitRequestBody would */
const MAX_BODY_BYTES = 32 * 1024 * 1024
export const RESET_PATH = '/__sim/reset'

function numberFrom(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

export function simulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SimulatorOptions {
  const options: SimulatorOptions = {}
  const seed = numberFrom(env.SIM_SEED)
  const tickets = numberFrom(env.SIM_TICKETS)
  const latencyMs = numberFrom(env.SIM_LATENCY_MS)
  const faultRate = numberFrom(env.SIM_FAULT_RATE)
  const faultSeed = numberFrom(env.SIM_FAULT_SEED)
  const sessionTtlS = numberFrom(env.SIM_SESSION_TTL_S)
  const activityPerMin = numberFrom(env.SIM_ACTIVITY_PER_MIN)
  if (seed !== undefined) options.seed = seed
  if (tickets !== undefined) options.tickets = tickets
  if (latencyMs !== undefined) options.latencyMs = latencyMs
  if (faultRate !== undefined) options.faultRate = faultRate
  if (faultSeed !== undefined) options.faultSeed = faultSeed
  if (sessionTtlS !== undefined) options.sessionTtlS = sessionTtlS
  if (activityPerMin !== undefined) options.activityPerMin = activityPerMin
  return options
}

interface Resolved { seed: number; tickets: number; latencyMs: number; faultRate: number; faultSeed: number; sessionTtlS: number; activityPerMin: number; activityEvents: number; now: () => number }

/** What a reset body may change until the next reset (fault journeys switch faults on for one run) */
type TransportKnobs = Pick<Resolved, 'latencyMs' | 'faultRate' | 'faultSeed' | 'activityPerMin' | 'activityEvents'>

/** More than this many events a minute would be a load test, not a helpdesk */
const MAX_ACTIVITY_PER_MIN = 600

const clampRate = (rate: number): number => Math.min(1, Math.max(0, rate))
const clampActivity = (perMinute: number): number => Math.min(MAX_ACTIVITY_PER_MIN, Math.max(0, perMinute))

function resolve(options: SimulatorOptions): Resolved {
  const seed = Math.trunc(options.seed ?? DEFAULT_SEED)
  return {
    seed,
    tickets: Math.min(MAX_TICKETS, Math.max(31, Math.trunc(options.tickets ?? DEFAULT_TICKETS))),
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    faultRate: clampRate(options.faultRate ?? 0),
    faultSeed: Math.trunc(options.faultSeed ?? seed ^ 0x5eed),
    sessionTtlS: Math.max(1, options.sessionTtlS ?? DEFAULT_SESSION_TTL_S),
    activityPerMin: clampActivity(options.activityPerMin ?? 0),
    activityEvents: Math.max(0, options.activityEvents ?? Infinity),
    now: options.now ?? Date.now,
  }
}

const BAD_GATEWAY = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Bad Gateway</title>\n</head><body>\n<h1>Bad Gateway</h1>\n<p>The proxy server received an invalid response from an upstream server.</p>\n</body></html>\n'

/** Splits a request target by hand: `new URL` would read `//host/...` as a host and throws on some input */
function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const queryStart = path.indexOf('?')
  const pathname = queryStart === -1 ? path : path.slice(0, queryStart)
  return { pathname: pathname || '/', query: new URLSearchParams(queryStart === -1 ? '' : path.slice(queryStart + 1)) }
}

/** Body keys that differ between runs of the same journey (session token, CSRF challenge) */
const RUN_SPECIFIC_KEYS = new Set(['OTRSAgentInterface', 'OTRSCustomerInterface', 'SessionID', 'ChallengeToken'])

/**
 * What identifies a request across runs: its path and its body without run-specific keys. Fault
 * decisions hang on this key and its occurrence count, so the same journey meets the same faults
 * however its requests interleave (background polls, latency) and whatever session token it got.
 */
function faultKey(request: ParsedRequest): string {
  const text = request.body.toString('utf8')
  let stable = text
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      stable = JSON.stringify(Object.entries(parsed).filter(([key]) => !RUN_SPECIFIC_KEYS.has(key)))
    }
  } catch {
    // Not JSON: the raw body is the key.
  }
  return `${request.pathname}\n${stable}`
}

/** FNV-1a, 32 bit: a small stable hash to seed one decision */
function hash32(text: string, seed: number): number {
  let value = (0x811c9dc5 ^ seed) >>> 0
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

function parseKnobsBody(body: Buffer): unknown {
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

/** Knobs given in a reset body or call, checked; anything missing or invalid keeps its start-up value */
function readKnobs(input: unknown, defaults: TransportKnobs): TransportKnobs {
  if (input === null || typeof input !== 'object') return defaults
  const given = input as Record<string, unknown>
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
  return {
    latencyMs: finite(given.latencyMs) ? Math.max(0, given.latencyMs) : defaults.latencyMs,
    faultRate: finite(given.faultRate) ? clampRate(given.faultRate) : defaults.faultRate,
    faultSeed: finite(given.faultSeed) ? Math.trunc(given.faultSeed) : defaults.faultSeed,
    activityPerMin: finite(given.activityPerMin) ? clampActivity(given.activityPerMin) : defaults.activityPerMin,
    activityEvents: finite(given.activityEvents) ? Math.max(0, Math.trunc(given.activityEvents)) : defaults.activityEvents,
  }
}

function parse(input: SimulatorRequest): ParsedRequest {
  const url = splitPath(input.path)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value
  const body = input.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(input.body) ? input.body : Buffer.from(input.body)
  return { method: (input.method ?? 'POST').toUpperCase(), pathname: url.pathname, query: url.query, headers, body }
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const settings = resolve(options)
  let world: World = buildWorld({ seed: settings.seed, tickets: settings.tickets, now: Math.floor(settings.now() / 1000) })
  const sessions = new SessionStore(settings.sessionTtlS)
  const startupKnobs: TransportKnobs = {
    latencyMs: settings.latencyMs, faultRate: settings.faultRate, faultSeed: settings.faultSeed,
    activityPerMin: settings.activityPerMin, activityEvents: settings.activityEvents,
  }
  let knobs = startupKnobs
  // The activity schedule starts with the world, so a reset replays the same events.
  let activity = new Activity(knobs.activityPerMin, settings.seed, settings.now(), knobs.activityEvents)
  // How often each fault key was seen since the last reset: a retry is a new occurrence.
  let occurrences = new Map<string, number>()

  const reset = (overrides: TransportKnobs = startupKnobs): void => {
    world = buildWorld({ seed: settings.seed, tickets: settings.tickets, now: Math.floor(settings.now() / 1000) })
    sessions.clear()
    knobs = overrides
    occurrences = new Map()
    activity = new Activity(knobs.activityPerMin, settings.seed, settings.now(), knobs.activityEvents)
  }

  /** Seeded per request key and occurrence, so a failing run can be replayed exactly */
  const faultDice = (request: ParsedRequest) => {
    const key = faultKey(request)
    const occurrence = (occurrences.get(key) ?? 0) + 1
    occurrences.set(key, occurrence)
    return createPrng(hash32(`${key}\n${occurrence}`, knobs.faultSeed))
  }

  const answerApi = async (request: ParsedRequest): Promise<WireResponse> => {
    const { latencyMs, faultRate } = knobs
    const dice = faultRate > 0 ? faultDice(request) : undefined
    if (latencyMs > 0) await new Promise((resolveDelay) => setTimeout(resolveDelay, latencyMs))
    activity.catchUp(world, settings.now())
    if (dice && dice.next() < faultRate) {
      if (dice.next() < 0.5) {
        // The gateway failed before the request reached the server: nothing happened.
        return { status: 502, headers: { 'Content-Type': 'text/html; charset=iso-8859-1' }, body: Buffer.from(BAD_GATEWAY) }
      }
      // The server did its work but the answer was cut off on the way.
      const full = handleApi({ world, sessions, now: settings.now }, request)
      const cut = full.body.subarray(0, Math.floor(full.body.length / 2))
      return { status: full.status, headers: { ...full.headers, 'Content-Length': String(cut.length) }, body: cut }
    }
    return handleApi({ world, sessions, now: settings.now }, request)
  }

  const dispatch = async (request: ParsedRequest): Promise<WireResponse | undefined> => {
    if (request.pathname === RESET_PATH && request.method === 'POST') {
      reset(readKnobs(parseKnobsBody(request.body), startupKnobs))
      return toWire({ Response: 'OK' })
    }
    if (!isApiPath(request.pathname)) return undefined
    if (request.body.length > MAX_BODY_BYTES) {
      return { status: 413, headers: { 'Content-Type': 'text/html; charset=iso-8859-1' }, body: Buffer.from('<html><body><h1>Request Entity Too Large</h1></body></html>\n') }
    }
    return answerApi(request)
  }

  const request = async (input: SimulatorRequest): Promise<SimulatorResponse> => {
    const answer = await dispatch(parse(input))
    return answer ?? { status: 404, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('Not Found') }
  }

  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = req.url ?? '/'
    const { pathname } = splitPath(path)
    if (!(isApiPath(pathname) || (pathname === RESET_PATH && req.method === 'POST'))) {
      next()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('error', () => {
      if (!res.headersSent) res.writeHead(400).end()
    })
    req.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = value
        else if (Array.isArray(value)) headers[name] = value.join(name === 'cookie' ? '; ' : ', ')
      }
      // Oversized bodies are not buffered; pass a marker of the right size instead.
      const body = tooLarge ? Buffer.alloc(MAX_BODY_BYTES + 1) : Buffer.concat(chunks)
      request({ method: req.method, path, headers, body })
        .then((answer) => {
          res.writeHead(answer.status, answer.headers)
          res.end(answer.body)
        })
        .catch((error: unknown) => {
          console.error('[simulator] request failed:', error)
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' })
          res.end(JSON.stringify(fail('Please contact the administrator.')))
        })
    })
  }

  return { middleware, request, reset: (given) => reset(readKnobs(given, startupKnobs)) }
}

/** Serves the simulator on its own HTTP server (127.0.0.1, a free port unless one is given) */
export async function startSimulatorServer(
  options: SimulatorOptions & { port?: number; host?: string } = {},
): Promise<{ url: string; simulator: Simulator; close(): Promise<void> }> {
  const simulator = createSimulator(options)
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    simulator.middleware(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Not Found: the simulator answers /otrs/api/<group>/<method>, /otrs/json.pl and POST /__sim/reset\n')
    })
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolveListen())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}`,
    simulator,
    close: () => new Promise<void>((resolveClose, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolveClose()))
    }),
  }
}
