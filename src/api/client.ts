import { FetchError, ofetch } from 'ofetch'
import { ApiError, classifyServerMessage } from './errors'

/**
 * The one place that talks HTTP to RS4OTRS_API and holds the session credentials.
 *
 * - Writes (`callApi`, `callApiEnvelope`) go out once: never retried, never shared.
 * - Reads (`readApi`) share identical in-flight requests, cancel superseded ones, retry with
 *   backoff on network errors and HTTP 502/503, and after a session expiry wait for the re-login
 *   (see {@link setSessionRecovery}) and run once more.
 */

/** The credentials login hands out; every later call carries the token in its body. */
export interface SessionCredentials {
  /** Name of the body key that carries the token, e.g. `OTRSAgentInterface`. */
  sessionName: string
  sessionValue: string
  challengeToken: string
}

export interface CallOptions {
  /** Send the session token (default true). */
  withToken?: boolean
  /**
   * A background call (polling): sends `X-Requested-With: XMLHttpRequest`, which the server
   * does not count as activity, so an idle console still times out as intended.
   */
  background?: boolean
  signal?: AbortSignal
  /**
   * Reads only: a name for "the latest request of this kind" (e.g. `customer-search`). Starting a
   * read with the same name cancels the previous one, whose caller gets an `aborted` ApiError.
   */
  supersede?: string
  /**
   * Whether a session expiry opens the re-login flow (default true). Auth calls turn it off: a
   * failed logout or login has nothing to restore.
   */
  recoverSession?: boolean
}

/** Every JSON answer carries a verdict; the HTTP status does not. */
export interface Envelope {
  Response: 'OK' | 'ERROR'
  Message?: string
}

type Params = Record<string, unknown>

/** A file the server answered with raw bytes (getAttachment). */
export interface DownloadedFile {
  blob: Blob
  filename: string | null
  contentType: string
}

let apiBase = '/otrs/api'
let retryDelaysMs: readonly number[] = [400, 1200, 3000]
let credentials: SessionCredentials | null = null
const sessionExpiredListeners = new Set<(error: ApiError) => void>()

export function configureApi(options: { apiBase?: string; retryDelaysMs?: readonly number[] }): void {
  if (options.apiBase !== undefined) apiBase = options.apiBase.replace(/\/+$/, '')
  if (options.retryDelaysMs !== undefined) retryDelaysMs = [...options.retryDelaysMs]
}

export function getApiBase(): string {
  return apiBase
}

export function setSessionCredentials(next: SessionCredentials | null): void {
  credentials = next
  // A new session (or none) ends the expiry episode of the old one.
  expiry = null
}

export function getSessionCredentials(): SessionCredentials | null {
  return credentials
}

// ---------------------------------------------------------------------------------------------
// Session expiry: one event per session, one shared recovery.

/**
 * Restores the session after the server said it is gone (e.g. a re-login dialog). Resolves true
 * once new credentials are set for the same agent, false if the agent gave up.
 */
export type SessionRecovery = (error: ApiError) => Promise<boolean>

let recoveryHandler: SessionRecovery | null = null
let expiry: { recovered: Promise<boolean> } | null = null

/** Installs the re-login flow (the session store does). Returns an uninstall. */
export function setSessionRecovery(handler: SessionRecovery | null): () => void {
  recoveryHandler = handler
  return () => {
    if (recoveryHandler === handler) recoveryHandler = null
  }
}

/**
 * Called once when the session is gone for good: the server said so and no re-login restored it
 * (no recovery installed, or the agent gave up). Not once per failed call: calls failing during
 * one expiry share it. Returns an unsubscribe.
 */
export function onSessionExpired(listener: (error: ApiError) => void): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

/**
 * Reports an expiry seen by a call sent with `sentToken`; resolves true when the session is usable
 * again (a retry makes sense), false when it is not.
 */
function reportSessionExpired(error: ApiError, sentToken: string | null, recover: boolean): Promise<boolean> {
  // Only an expiry of the current token counts. A call sent without a token or with an older one
  // says nothing about the session signed in since (a read may run once more with it); signed
  // out, there is nothing to restore or to report.
  if (credentials === null || sentToken !== credentials.sessionValue) return Promise.resolve(credentials !== null)
  if (expiry) return expiry.recovered
  const handler = recover ? recoveryHandler : null
  // The handler runs after the episode is recorded: a recovery that sets new credentials at once
  // must end this episode, not be overwritten by it.
  const attempt = handler ? Promise.resolve().then(() => handler(error)).catch(() => false) : Promise.resolve(false)
  const episode = {
    recovered: attempt.then((recovered) => {
      // A new session (another agent signed in meanwhile) or a logout ended the episode: the
      // expiry of the old token is no news for the app any more.
      if (!recovered && expiry === episode) for (const listener of sessionExpiredListeners) listener(error)
      return recovered
    }),
  }
  expiry = episode
  return episode.recovered
}

// ---------------------------------------------------------------------------------------------
// Transport

function endpointOf(group: string, method: string): string {
  return `${group}/${method}`
}

function buildBody(params: Params, withToken: boolean): Params {
  const body: Params = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) body[key] = value
  }
  if (withToken && credentials) body[credentials.sessionName] = credentials.sessionValue
  return body
}

function headersFor(options: CallOptions, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' }
  if (options.background) headers['X-Requested-With'] = 'XMLHttpRequest'
  return headers
}

function transportError(error: unknown, endpoint: string, signal: AbortSignal | undefined): ApiError {
  if (signal?.aborted) return new ApiError('aborted', endpoint, null, { cause: error })
  if (error instanceof FetchError && error.status !== undefined) {
    return new ApiError('server', endpoint, null, { status: error.status, cause: error })
  }
  return new ApiError('network', endpoint, null, { cause: error })
}

async function postText(endpoint: string, body: string, contentType: string, options: CallOptions): Promise<string> {
  try {
    return await ofetch<string, 'text'>(`${apiBase}/${endpoint}`, {
      method: 'POST',
      body,
      headers: headersFor(options, contentType),
      responseType: 'text',
      signal: options.signal,
      retry: 0,
    })
  } catch (error) {
    throw transportError(error, endpoint, options.signal)
  }
}

function parseJson(text: string, endpoint: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    // JSON that stops half-way was cut off on the way: a passing fault. Anything else (an HTML
    // maintenance page, a proxy's login form) is an answer the console does not understand.
    const code = /^\s*[[{]/.test(text) ? 'incompleteAnswer' : 'unexpectedAnswer'
    throw new ApiError('server', endpoint, null, { status: 200, cause: error, code })
  }
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ((value as Envelope).Response === 'OK' || (value as Envelope).Response === 'ERROR')
  )
}

/** Checks the verdict; a session expiry is reported (and opens the re-login flow) before throwing. */
function toEnvelope<T extends object>(
  answer: unknown,
  endpoint: string,
  sentToken: string | null,
  options: CallOptions,
): T & Envelope {
  if (!isEnvelope(answer)) throw new ApiError('server', endpoint, null, { status: 200, code: 'unexpectedAnswer' })
  if (answer.Response === 'ERROR' && classifyServerMessage(answer.Message ?? '') === 'session-expired') {
    const error = new ApiError('session-expired', endpoint, answer.Message ?? null)
    const recovered = reportSessionExpired(error, sentToken, options.recoverSession ?? true)
    throw Object.assign(error, { [RECOVERED]: recovered })
  }
  return answer as T & Envelope
}

/** Where a session-expired error keeps the promise of the recovery it started or joined. */
const RECOVERED = Symbol('recovered')

function recoveryOf(error: ApiError): Promise<boolean> {
  const recovered = (error as ApiError & { [RECOVERED]?: Promise<boolean> })[RECOVERED]
  return recovered ?? Promise.resolve(false)
}

/**
 * POSTs `params` to `<apiBase>/<group>/<method>` and returns the parsed answer whatever its verdict.
 * Throws only when there is no usable answer (network, non-JSON, HTTP 5xx) or on session expiry.
 * Use this where an ERROR answer can still carry a result (partial successes).
 */
export async function callApiEnvelope<T extends object>(
  group: string,
  method: string,
  params: Params = {},
  options: CallOptions = {},
): Promise<T & Envelope> {
  const endpoint = endpointOf(group, method)
  const withToken = options.withToken ?? true
  const sentToken = withToken ? (credentials?.sessionValue ?? null) : null
  const text = await postText(endpoint, JSON.stringify(buildBody(params, withToken)), 'application/json', options)
  return toEnvelope<T>(parseJson(text, endpoint), endpoint, sentToken, options)
}

/** Like {@link callApiEnvelope}, but an ERROR answer becomes an {@link ApiError}. */
export async function callApi<T extends object>(
  group: string,
  method: string,
  params: Params = {},
  options: CallOptions = {},
): Promise<T & Envelope> {
  const answer = await callApiEnvelope<T>(group, method, params, options)
  return okOrThrow(answer, endpointOf(group, method))
}

function okOrThrow<T extends Envelope>(answer: T, endpoint: string): T {
  if (answer.Response === 'ERROR') {
    const message = answer.Message ?? ''
    throw new ApiError(classifyServerMessage(message), endpoint, message || null)
  }
  return answer
}

/**
 * Sends `params` as an `application/x-www-form-urlencoded` POST. Only auth/lostPassword needs
 * this: the server reads its parameters from the query or a form, never from a JSON body.
 */
export async function callApiForm<T extends object>(
  group: string,
  method: string,
  params: Record<string, string | number | undefined>,
  options: CallOptions = {},
): Promise<T & Envelope> {
  const endpoint = endpointOf(group, method)
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) form.append(key, String(value))
  }
  const text = await postText(endpoint, form.toString(), 'application/x-www-form-urlencoded', options)
  return okOrThrow(toEnvelope<T>(parseJson(text, endpoint), endpoint, null, { ...options, recoverSession: false }), endpoint)
}

/** `filename*=utf-8''…` wins over `filename="…"`, as browsers do. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim())
    } catch {
      // Fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header)
  const name = plain ? (plain[1] ?? plain[2]).trim() : ''
  return name || null
}

async function fetchFile(endpoint: string, params: Params, options: CallOptions): Promise<DownloadedFile> {
  const sentToken = credentials?.sessionValue ?? null
  let response: Response & { _data?: Blob }
  try {
    response = await ofetch.raw<Blob, 'blob'>(`${apiBase}/${endpoint}`, {
      method: 'POST',
      body: JSON.stringify(buildBody(params, true)),
      headers: headersFor(options, 'application/json'),
      responseType: 'blob',
      signal: options.signal,
      retry: 0,
    })
  } catch (error) {
    throw transportError(error, endpoint, options.signal)
  }
  const blob = response._data ?? new Blob([])
  const contentType = response.headers.get('content-type') ?? blob.type ?? 'application/octet-stream'
  // Errors come back as JSON; files never do with this server (it sends JSON files as-is, so
  // a JSON body is read as a verdict only when it is one).
  if (contentType.toLowerCase().startsWith('application/json')) {
    const text = await blob.text()
    let parsed: unknown = null
    try {
      parsed = JSON.parse(text) as unknown
    } catch {
      parsed = null
    }
    if (isEnvelope(parsed)) {
      okOrThrow(toEnvelope<object>(parsed, endpoint, sentToken, options), endpoint)
      throw new ApiError('server', endpoint, null, { status: response.status, code: 'unexpectedAnswer' })
    }
  }
  return { blob, contentType, filename: filenameFromDisposition(response.headers.get('content-disposition')) }
}

// ---------------------------------------------------------------------------------------------
// Reads: de-duplication, supersession, retry with backoff, retry once after re-login.

interface Flight {
  promise: Promise<unknown>
  controller: AbortController
  waiting: number
}

const inFlight = new Map<string, Flight>()
const latestByName = new Map<string, AbortController>()

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

/** Waits for `promise`, but gives up (as `aborted`) as soon as `signal` fires. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, endpoint: string): Promise<T> {
  if (signal.aborted) return Promise.reject(new ApiError('aborted', endpoint, null))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ApiError('aborted', endpoint, null))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

/** One network round trip, shared by every caller asking the same thing at the same time. */
function sharedRequest<T>(key: string, endpoint: string, start: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  let flight = inFlight.get(key)
  if (!flight) {
    const controller = new AbortController()
    const created: Flight = { controller, waiting: 0, promise: Promise.resolve() }
    created.promise = start(controller.signal).finally(() => {
      if (inFlight.get(key) === created) inFlight.delete(key)
    })
    // Nobody may be listening when the last caller gave up; the rejection is expected then.
    created.promise.catch(() => undefined)
    inFlight.set(key, created)
    flight = created
  }
  const current = flight
  current.waiting += 1
  return untilAborted(current.promise as Promise<T>, signal, endpoint).finally(() => {
    current.waiting -= 1
    if (current.waiting === 0 && signal.aborted) {
      // The last interested caller left: stop the request itself.
      current.controller.abort()
      if (inFlight.get(key) === current) inFlight.delete(key)
    }
  })
}

/** Failures a read may simply repeat: nothing was changed, and the next answer may well arrive whole. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  if (error.kind === 'network') return true
  return error.kind === 'server' && (error.status === 502 || error.status === 503 || error.code === 'incompleteAnswer')
}

/**
 * Whether a failed write may still have been carried out: the request may have reached the server
 * but its answer was lost (connection dropped, answer cut off, gateway gave up). The caller has to
 * look before it says "not sent" or sends again.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  if (error.kind === 'network') return true
  return error.kind === 'server' && (error.code === 'incompleteAnswer' || error.status === 502 || error.status === 503 || error.status === 504)
}

function sleep(ms: number, signal: AbortSignal, endpoint: string): Promise<void> {
  return untilAborted(new Promise<void>((resolve) => setTimeout(resolve, ms)), signal, endpoint)
}

async function withRetries<T>(attempt: () => Promise<T>, signal: AbortSignal, endpoint: string): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt()
    } catch (error) {
      if (!isRetryable(error) || retry >= retryDelaysMs.length || signal.aborted) throw error
      await sleep(retryDelaysMs[retry], signal, endpoint)
    }
  }
}

function linkedController(signal: AbortSignal | undefined): { controller: AbortController; unlink: () => void } {
  const controller = new AbortController()
  if (!signal) return { controller, unlink: () => undefined }
  if (signal.aborted) controller.abort()
  const onAbort = () => controller.abort()
  signal.addEventListener('abort', onAbort, { once: true })
  return { controller, unlink: () => signal.removeEventListener('abort', onAbort) }
}

async function runRead<T>(
  endpoint: string,
  keyOf: () => string,
  start: (signal: AbortSignal) => Promise<T>,
  options: CallOptions,
): Promise<T> {
  const { controller, unlink } = linkedController(options.signal)
  if (options.supersede) {
    latestByName.get(options.supersede)?.abort()
    latestByName.set(options.supersede, controller)
  }
  const once = () => withRetries(() => sharedRequest(keyOf(), endpoint, start, controller.signal), controller.signal, endpoint)
  try {
    try {
      return await once()
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'session-expired') throw error
      const recovered = await untilAborted(recoveryOf(error), controller.signal, endpoint)
      if (!recovered) throw error
      // The failed read runs once more with the restored session.
      return await once()
    }
  } finally {
    unlink()
    if (options.supersede && latestByName.get(options.supersede) === controller) latestByName.delete(options.supersede)
  }
}

/**
 * A read: like {@link callApi}, plus de-duplication of identical in-flight requests, cancellation
 * of superseded ones (`options.supersede`), retries with backoff on network errors and HTTP
 * 502/503, and one more try after the session was restored by a re-login.
 */
export function readApi<T extends object>(
  group: string,
  method: string,
  params: Params = {},
  options: CallOptions = {},
): Promise<T & Envelope> {
  const endpoint = endpointOf(group, method)
  return runRead(
    endpoint,
    () => `${endpoint}|${options.background ? 'bg' : 'fg'}|${credentials?.sessionValue ?? ''}|${stableStringify(params)}`,
    (signal) => callApi<T>(group, method, params, { ...options, signal }),
    options,
  )
}

/** A read whose answer is a file (getAttachment), with the same guarantees as {@link readApi}. */
export function readFile(group: string, method: string, params: Params, options: CallOptions = {}): Promise<DownloadedFile> {
  const endpoint = endpointOf(group, method)
  return runRead(
    endpoint,
    () => `${endpoint}|file|${credentials?.sessionValue ?? ''}|${stableStringify(params)}`,
    (signal) => fetchFile(endpoint, params, { ...options, signal }),
    options,
  )
}

/** Turns a list into the comma-separated string the server expects (it ignores JSON arrays). */
export function toCommaList(values: ReadonlyArray<string | number> | undefined): string | undefined {
  if (!values || values.length === 0) return undefined
  return values.map((value) => String(value).trim()).join(',')
}

/** 0/1 flags as the server wants them; `undefined` stays out of the body. */
export function toFlag(value: boolean | undefined): 0 | 1 | undefined {
  return value === undefined ? undefined : value ? 1 : 0
}
