import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

/**
 * A strict HTTP stand-in for the real server, built from the recorded exchanges in
 * `tests/api/fixtures` (verbatim copies of `../shared/api-fixtures`). A test queues what the
 * server will be asked next; each request must match the recorded request exactly (path, content
 * type, body — token placeholders included) and gets the recorded answer, byte for byte.
 * Anything else is a problem the test sees in `problems`.
 */

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

/** The placeholders the fixtures use for tokens; tests sign in with these. */
export const SESSION = '<SESSION>'
export const CHALLENGE = '<CHALLENGE>'

export interface Fixture {
  name: string
  agent: string | null
  request: {
    method: string
    path: string
    body?: unknown
    query?: Record<string, string[]>
    queryString?: string
    headers?: Record<string, string>
  }
  response: {
    status: number
    headers: Record<string, string>
    body: unknown
  }
}

export function loadFixture(name: string): Fixture {
  const parsed = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8')) as Omit<Fixture, 'name'>
  return { name, ...parsed }
}

/** Every fixture, by name (`tickets/createTicket.ok`). */
export function allFixtures(): Fixture[] {
  const result: Fixture[] = []
  for (const group of readdirSync(FIXTURES_DIR)) {
    const dir = join(FIXTURES_DIR, group)
    if (!statSync(dir).isDirectory()) continue
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json')) result.push(loadFixture(`${group}/${file.slice(0, -'.json'.length)}`))
    }
  }
  return result
}

export interface RecordedRequest {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface Reply {
  status: number
  headers: Record<string, string>
  body: Buffer
}

type Expectation =
  | { kind: 'fixture'; fixture: Fixture; delayMs: number; checkBody: boolean }
  | { kind: 'reply'; reply: Reply; delayMs: number; path?: string }
  | { kind: 'drop'; path?: string }

function responseOf(fixture: Fixture): Reply {
  const body = fixture.response.body as Record<string, unknown>
  let bytes: Buffer
  if (typeof body?.raw_base64 === 'string') bytes = Buffer.from(body.raw_base64, 'base64')
  else if (typeof body?.raw_text === 'string') bytes = Buffer.from(body.raw_text, 'utf8')
  else bytes = Buffer.from(JSON.stringify(body), 'utf8')
  const headers = { ...fixture.response.headers }
  delete headers['Content-Length']
  delete headers['Vary']
  return { status: fixture.response.status, headers, body: bytes }
}

export function jsonReply(body: unknown, status = 200): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: Buffer.from(JSON.stringify(body), 'utf8'),
  }
}

/** A JSON answer that stops half-way, as a dropped connection leaves it. */
export function truncatedJsonReply(text: string): Reply {
  return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: Buffer.from(text, 'utf8') }
}

export function htmlReply(status: number): Reply {
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=iso-8859-1' },
    body: Buffer.from(`<html><body><h1>${status}</h1></body></html>`, 'utf8'),
  }
}

/** What a recorded request body looks like as the client would send it. */
function expectedBody(fixture: Fixture): { contentType: string; body: unknown } {
  const { request } = fixture
  const raw = (request.body as { raw?: unknown } | undefined)?.raw
  if (typeof raw === 'string') return { contentType: request.headers?.['Content-Type'] ?? '', body: raw }
  if (request.method === 'GET') {
    // The server reads query and form parameters alike; the console sends them as a form POST.
    return { contentType: 'application/x-www-form-urlencoded', body: request.queryString ?? '' }
  }
  return { contentType: 'application/json', body: request.body ?? {} }
}

function sameForm(a: string, b: string): boolean {
  const left = [...new URLSearchParams(a).entries()].sort()
  const right = [...new URLSearchParams(b).entries()].sort()
  return isDeepStrictEqual(left, right)
}

export class FixtureServer {
  readonly problems: string[] = []
  readonly requests: RecordedRequest[] = []
  /** Paths of requests whose client went away before the answer was sent (aborted fetches). */
  readonly cancelled: string[] = []
  private readonly queue: Expectation[] = []
  private server: Server | null = null
  private port = 0

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get apiBase(): string {
    return `${this.url}/otrs/api`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  async close(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The next request must be this fixture's request; it gets the recorded answer. */
  expect(name: string, options: { delayMs?: number; checkBody?: boolean; times?: number } = {}): this {
    const fixture = loadFixture(name)
    for (let index = 0; index < (options.times ?? 1); index += 1) {
      this.queue.push({ kind: 'fixture', fixture, delayMs: options.delayMs ?? 0, checkBody: options.checkBody ?? true })
    }
    return this
  }

  /** The next request (optionally: must be to `path`) gets this answer. */
  reply(reply: Reply, options: { delayMs?: number; path?: string } = {}): this {
    this.queue.push({ kind: 'reply', reply, delayMs: options.delayMs ?? 0, path: options.path })
    return this
  }

  /** The next request's connection is cut: the client sees a network error. */
  drop(options: { path?: string } = {}): this {
    this.queue.push({ kind: 'drop', path: options.path })
    return this
  }

  /** Expectations nobody asked for yet. */
  get unanswered(): string[] {
    return this.queue.map((entry) => (entry.kind === 'fixture' ? entry.fixture.name : `${entry.kind} ${entry.path ?? ''}`.trim()))
  }

  reset(): void {
    this.queue.length = 0
    this.problems.length = 0
    this.requests.length = 0
    this.cancelled.length = 0
  }

  /** The first queued expectation this request satisfies (requests may arrive in any order). */
  private take(req: IncomingMessage, path: string, body: string): { next: Expectation | undefined; problem: string | null } {
    let firstProblem: string | null = null
    for (let index = 0; index < this.queue.length; index += 1) {
      const entry = this.queue[index]
      const problem =
        entry.kind === 'fixture'
          ? this.mismatch(entry.fixture, req, path, body, entry.checkBody)
          : entry.path && entry.path !== path
            ? `expected a request to ${entry.path}, got ${path}`
            : null
      if (problem === null) {
        this.queue.splice(index, 1)
        return { next: entry, problem: null }
      }
      firstProblem ??= problem
    }
    return { next: undefined, problem: firstProblem }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const path = req.url ?? ''
    this.requests.push({ path, headers: req.headers, body })
    res.on('close', () => {
      if (!res.writableEnded) this.cancelled.push(path)
    })
    const { next, problem } = this.take(req, path, body)
    if (!next) {
      const text = problem ?? `unexpected request ${req.method} ${path} ${body}`
      this.problems.push(text)
      res.writeHead(599, { 'Content-Type': 'text/plain' }).end(text)
      return
    }
    if (next.kind === 'drop') {
      req.socket.destroy()
      return
    }
    if (next.kind === 'reply') {
      await this.send(res, next.reply, next.delayMs)
      return
    }
    await this.send(res, responseOf(next.fixture), next.delayMs)
  }

  private mismatch(fixture: Fixture, req: IncomingMessage, path: string, body: string, checkBody: boolean): string | null {
    const prefix = `${fixture.name}:`
    if (req.method !== 'POST') return `${prefix} expected POST, got ${req.method}`
    if (path !== fixture.request.path) return `${prefix} expected path ${fixture.request.path}, got ${path}`
    if (!checkBody) return null
    const expected = expectedBody(fixture)
    const contentType = String(req.headers['content-type'] ?? '')
    if (!contentType.startsWith(expected.contentType)) {
      return `${prefix} expected content type ${expected.contentType}, got ${contentType}`
    }
    if (expected.contentType === 'application/x-www-form-urlencoded') {
      return sameForm(body, String(expected.body)) ? null : `${prefix} expected form ${String(expected.body)}, got ${body}`
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return `${prefix} body is not JSON: ${body}`
    }
    return isDeepStrictEqual(parsed, expected.body)
      ? null
      : `${prefix} expected body ${JSON.stringify(expected.body)}, got ${body}`
  }

  private async send(res: ServerResponse, reply: Reply, delayMs: number): Promise<void> {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (res.destroyed) return
    res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(reply.body.length) }).end(reply.body)
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  return new FixtureServer().start()
}
