/**
 * The transport the way Apache + RS4OTRS_API behave: routes, parameter sources, token placement
 * (cookie wins), content-type rules, session errors, unknown actions, and the response headers.
 */
import type { World } from './world/world.ts'
import type { SessionStore } from './sessions.ts'
import { SESSION_NAME } from './world/reference.ts'
import { GROUPS } from './handlers/api.ts'
import { SESSION_INVALID, SESSION_MISSING, login, logout, lostPassword } from './handlers/auth.ts'
import { fail, isRawAnswer, type Answer, type Params } from './handlers/context.ts'
import { apacheError } from './handlers/tickets/articles.ts'

export interface ParsedRequest {
  method: string
  pathname: string
  query: URLSearchParams
  /** Header names in lower case */
  headers: Record<string, string>
  body: Buffer
}

export interface WireResponse { status: number; headers: Record<string, string>; body: Buffer }

export interface ApiState { world: World; sessions: SessionStore; now: () => number }

const API_PREFIX = '/otrs/api/'
const JSON_PL = '/otrs/json.pl'

export function isApiPath(pathname: string): boolean {
  return pathname.startsWith(API_PREFIX) || pathname === JSON_PL
}

/** Headers of every JSON answer, as recorded (Date/Server/Connection left out) */
function jsonHeaders(length: number): Record<string, string> {
  return {
    'Content-Disposition': 'inline; ',
    Expires: 'Tue, 1 Jan 1980 12:00:00 GMT',
    'Cache-Control': 'no-cache',
    Pragma: 'no-cache',
    'X-UA-Compatible': 'IE=edge,chrome=1',
    'X-Frame-Options': 'SAMEORIGIN',
    'Content-Length': String(length),
    Vary: 'Accept-Encoding',
    'Content-Type': 'application/json; charset=utf-8',
  }
}

export function toWire(answer: Answer): WireResponse {
  if (isRawAnswer(answer)) {
    return { status: answer.status, headers: { ...answer.headers, 'Content-Length': String(answer.body.length) }, body: answer.body }
  }
  const body = Buffer.from(JSON.stringify(answer))
  return { status: 200, headers: jsonHeaders(body.length), body }
}

/** Query and form values: when a name repeats, the last value wins (CGI param in scalar context) */
function lastWins(search: URLSearchParams): Params {
  const params: Params = {}
  for (const [key, value] of search) params[key] = value
  return params
}

/** Percent-decoding that keeps malformed input as it is instead of throwing */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function cookieToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === SESSION_NAME) return safeDecode(rest.join('='))
  }
  return undefined
}

type BodyParse = { kind: 'ok'; json: Params; form: Params } | { kind: 'malformed' } | { kind: 'not-an-object' }

/** The body is JSON only when the Content-Type says application/json; forms are read as CGI fields */
function parseBody(request: ParsedRequest): BodyParse {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase()
  if (contentType.startsWith('application/json')) {
    const text = request.body.toString('utf8')
    if (text.trim() === '') return { kind: 'ok', json: {}, form: {} }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { kind: 'malformed' }
    }
    // RS4OTRS dereferences the body as a hash: arrays and scalars make it die (Apache 500 page).
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'not-an-object' }
    return { kind: 'ok', json: parsed as Params, form: {} }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return { kind: 'ok', json: {}, form: lastWins(new URLSearchParams(request.body.toString('utf8'))) }
  }
  return { kind: 'ok', json: {}, form: {} }
}

/** Path segments are case-insensitive in their first letter only */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function routeOf(request: ParsedRequest, json: Params, cgi: Params): { group: string; method: string } {
  let group = ''
  let method = ''
  if (request.pathname.startsWith(API_PREFIX)) {
    const [first = '', second = ''] = request.pathname.slice(API_PREFIX.length).split('/')
    group = safeDecode(first)
    method = safeDecode(second)
  } else {
    group = typeof cgi.Action === 'string' ? cgi.Action : ''
    method = typeof cgi.Subaction === 'string' ? cgi.Subaction : ''
  }
  // Action/Subaction in the JSON body override the path.
  if (typeof json.Action === 'string') group = json.Action
  if (typeof json.Subaction === 'string') method = json.Subaction
  return { group: lowerFirst(group), method: lowerFirst(method) }
}

export function handleApi(state: ApiState, request: ParsedRequest): WireResponse {
  const parsed = parseBody(request)
  if (parsed.kind === 'malformed') return toWire(fail('Bad param request!'))
  if (parsed.kind === 'not-an-object') return toWire(apacheError())
  const query = lastWins(request.query)
  // CGI parameters: the query string plus form fields (what Znuny's ParamObject sees).
  const cgi: Params = { ...query, ...parsed.form }
  // RS4OTRS methods read the JSON body, falling back to the query string; form fields they ignore.
  const params: Params = { ...query, ...parsed.json }
  const { group, method } = routeOf(request, parsed.json, cgi)
  const now = Math.floor(state.now() / 1000)
  const bodyToken = parsed.json[SESSION_NAME] ?? cgi[SESSION_NAME]
  // A cookie named like the session wins over the body (a stale cookie breaks a good body token).
  const token = cookieToken(request.headers.cookie) ?? (typeof bodyToken === 'string' ? bodyToken : undefined)

  if (group === 'auth' && method === 'login') return toWire(login(state.world, state.sessions, { ...cgi, ...parsed.json }, now))
  if (group === 'auth' && method === 'lostPassword') return toWire(lostPassword(cgi))
  if (group === 'auth' && method === 'logout') return toWire(logout(state.sessions, token, params, now))

  if (!token) return toWire(fail(SESSION_MISSING))
  // Background polling (X-Requested-With) must not keep an idle session alive.
  const refresh = (request.headers['x-requested-with'] ?? '') !== 'XMLHttpRequest'
  const found = state.sessions.lookup(token, now, refresh)
  if (found.status !== 'ok') return toWire(fail(SESSION_INVALID))
  const agent = state.world.agentById(found.session.agentId)
  if (!agent) return toWire(fail(SESSION_INVALID))

  const handlers = Object.prototype.hasOwnProperty.call(GROUPS, group) ? GROUPS[group] : undefined
  if (!handlers) return toWire(fail('Please contact the administrator!'))
  const handler = Object.prototype.hasOwnProperty.call(handlers, method) ? handlers[method] : undefined
  if (!handler) return toWire(fail("Method doesn't exist"))
  try {
    return toWire(handler({ world: state.world, agent, session: found.session, sessions: state.sessions, params, now }))
  } catch (error) {
    // An unexpected failure answers like the real server's generic error, never crashes the process.
    console.error('[simulator] handler failed:', error)
    return toWire(fail('Please contact the administrator.'))
  }
}
