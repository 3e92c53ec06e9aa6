/** What every method handler gets, and the small helpers they share. */
import type { Agent } from '../world/reference.ts'
import type { World } from '../world/world.ts'
import type { Session, SessionStore } from '../sessions.ts'
import type { JsonObject } from '../records.ts'

/** Parameters as they arrived: JSON values, or strings from a query string */
export type Params = Record<string, unknown>

export interface CallContext {
  world: World
  agent: Agent
  session: Session
  sessions: SessionStore
  params: Params
  /** Unix seconds */
  now: number
}

/** Answers that are not JSON (attachments, Apache error pages) */
export interface RawAnswer {
  raw: true
  status: number
  headers: Record<string, string>
  body: Buffer
}

export type Answer = JsonObject | RawAnswer
export type Handler = (context: CallContext) => Answer

export function isRawAnswer(answer: Answer): answer is RawAnswer {
  return (answer as RawAnswer).raw === true
}

export const ok = (fields: JsonObject = {}): JsonObject => ({ Response: 'OK', ...fields })
export const fail = (message: string, fields: JsonObject = {}): JsonObject => ({ Response: 'ERROR', Message: message, ...fields })

export const NO_PERMISSION = 'No permission'
export const NO_TICKET = 'No ticket'

/** An integer parameter: JSON numbers or digit strings (query strings); anything else is absent */
export function intParam(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim())
  return undefined
}

/** A string parameter; numbers are read as their digits (Perl does not tell them apart) */
export function stringParam(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** Perl truthiness: absent, "", "0" and 0 are false */
export function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false
  if (typeof value === 'string') return value !== '' && value !== '0'
  if (typeof value === 'number') return value !== 0
  return true
}

/**
 * A comma-separated list parameter ("5,6"). A single number counts as one item. Arrays and other
 * shapes match nothing on the real server, which `null` stands for here.
 */
export function listParam(value: unknown): string[] | null | undefined {
  if (value === undefined || value === '') return undefined
  if (typeof value === 'number') return [String(value)]
  if (typeof value === 'string') return value.split(',')
  return null
}

/** IDs out of a list parameter; items that are not plain digits match nothing */
export function idList(items: string[]): number[] {
  return items.filter((item) => /^\d+$/.test(item)).map(Number)
}
