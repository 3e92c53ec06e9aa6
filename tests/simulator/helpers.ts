/** Small helpers for talking to the simulator in-process. */
import type { Simulator, SimulatorResponse } from '../../simulator/index'
import { PASSWORDS } from './fixtures'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
export type JsonRecord = { [key: string]: Json }

export function jsonOf(response: SimulatorResponse): JsonRecord {
  return JSON.parse(response.body.toString('utf8')) as JsonRecord
}

export async function post(simulator: Simulator, path: string, body: unknown): Promise<JsonRecord> {
  const response = await simulator.request({
    method: 'POST', path: `/otrs/api/${path}`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  })
  return jsonOf(response)
}

export interface Login { token: string; challenge: string }

export async function login(simulator: Simulator, user: string): Promise<Login> {
  const answer = await post(simulator, 'auth/login', { User: user, Password: PASSWORDS[user] })
  if (answer.Response !== 'OK') throw new Error(`login as ${user} failed: ${JSON.stringify(answer)}`)
  return { token: String(answer.SessionValue), challenge: String(answer.ChallengeToken) }
}

/** A client bound to one agent's session */
export async function agentClient(simulator: Simulator, user: string) {
  const session = await login(simulator, user)
  return {
    session,
    call: (path: string, params: Record<string, unknown> = {}) => post(simulator, path, { OTRSAgentInterface: session.token, ...params }),
  }
}

/** JSON type names as the contract distinguishes them */
export function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Keys that identify an item in a list, tried in this order when pairing recorded and simulated items */
const ITEM_KEYS = ['ArticleID', 'TicketID', 'UserID', 'ID', 'Login', 'CustomerID', 'FileID', 'Value', 'Name']

/**
 * Where a simulated answer's shape departs from a recorded one: missing or extra keys and JSON types
 * (numbers vs strings vs null) at every depth. List items are paired by their ID; items only one side
 * has are skipped (the fixtures trim long lists). Ticket records in lists are compared by type only,
 * since escalation fields come and go with the clock.
 */
export function shapeDifferences(expected: unknown, actual: unknown, path = ''): string[] {
  const differences: string[] = []
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (const item of expected) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) continue
      const record = item as Record<string, unknown>
      const key = ITEM_KEYS.find((candidate) => candidate in record)
      if (!key) continue
      const partner = actual.find((other) => other !== null && typeof other === 'object' && (other as Record<string, unknown>)[key] === record[key])
      if (partner !== undefined) differences.push(...shapeDifferences(item, partner, `${path}[${key}=${String(record[key])}]`))
    }
    return differences
  }
  if (expected === null || actual === null || typeof expected !== 'object' || typeof actual !== 'object') return differences
  const want = expected as Record<string, unknown>
  const got = actual as Record<string, unknown>
  const missing = Object.keys(want).filter((key) => !(key in got))
  const extra = Object.keys(got).filter((key) => !(key in want))
  if ((missing.length > 0 || extra.length > 0) && !path.includes('Tickets[')) {
    differences.push(`${path || '.'}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`)
  }
  for (const key of Object.keys(want)) {
    if (!(key in got)) continue
    if (jsonType(want[key]) !== jsonType(got[key])) {
      differences.push(`${path}.${key}: ${jsonType(want[key])} expected, got ${jsonType(got[key])} (${JSON.stringify(got[key])?.slice(0, 60)})`)
    } else {
      differences.push(...shapeDifferences(want[key], got[key], `${path}.${key}`))
    }
  }
  return differences
}

/** IDs of the items of a list, joined */
export function idsOf(list: unknown, key: string): string {
  return Array.isArray(list) ? list.map((item) => String((item as Record<string, unknown>)[key])).join(',') : ''
}
