import { FetchError, ofetch } from 'ofetch'
import { ApiError, classifyServerMessage } from './errors'

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
}

/** Every JSON answer carries a verdict; the HTTP status does not. */
export interface Envelope {
  Response: 'OK' | 'ERROR'
  Message?: string
}

type Params = Record<string, unknown>

let apiBase = '/otrs/api'
let credentials: SessionCredentials | null = null
const sessionExpiredListeners = new Set<(error: ApiError) => void>()

export function configureApi(options: { apiBase: string }): void {
  apiBase = options.apiBase.replace(/\/+$/, '')
}

export function getApiBase(): string {
  return apiBase
}

export function setSessionCredentials(next: SessionCredentials | null): void {
  credentials = next
}

export function getSessionCredentials(): SessionCredentials | null {
  return credentials
}

/** Called once per failed call whose answer said the session is gone. Returns an unsubscribe. */
export function onSessionExpired(listener: (error: ApiError) => void): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

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

async function post(endpoint: string, body: Params, options: CallOptions): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (options.background) headers['X-Requested-With'] = 'XMLHttpRequest'
  let text: string
  try {
    text = await ofetch<string, 'text'>(`${apiBase}/${endpoint}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers,
      responseType: 'text',
      signal: options.signal,
      retry: 0,
    })
  } catch (error) {
    if (options.signal?.aborted) throw new ApiError('aborted', endpoint, null, { cause: error })
    if (error instanceof FetchError && error.status !== undefined) {
      throw new ApiError('server', endpoint, null, { status: error.status, cause: error })
    }
    throw new ApiError('network', endpoint, null, { cause: error })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ApiError('server', endpoint, null, { status: 200, cause: error })
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
  const answer = await post(endpoint, buildBody(params, options.withToken ?? true), options)
  if (!isEnvelope(answer)) throw new ApiError('server', endpoint, null, { status: 200 })
  if (answer.Response === 'ERROR' && classifyServerMessage(answer.Message ?? '') === 'session-expired') {
    const error = new ApiError('session-expired', endpoint, answer.Message ?? null)
    for (const listener of sessionExpiredListeners) listener(error)
    throw error
  }
  return answer as T & Envelope
}

/** Like {@link callApiEnvelope}, but an ERROR answer becomes an {@link ApiError}. */
export async function callApi<T extends object>(
  group: string,
  method: string,
  params: Params = {},
  options: CallOptions = {},
): Promise<T & Envelope> {
  const answer = await callApiEnvelope<T>(group, method, params, options)
  if (answer.Response === 'ERROR') {
    const message = answer.Message ?? ''
    throw new ApiError(classifyServerMessage(message), endpointOf(group, method), message || null)
  }
  return answer
}

/** Turns a list into the comma-separated string the server expects (it ignores JSON arrays). */
export function toCommaList(values: ReadonlyArray<string | number> | undefined): string | undefined {
  if (!values || values.length === 0) return undefined
  return values.map((value) => String(value).trim()).join(',')
}
