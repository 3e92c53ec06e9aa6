// @vitest-environment node
/**
 * Replays every recorded exchange against the simulator, in recording order, on a world that holds
 * only the 31 fixture tickets (as the lab did). Replaying in order is what sets up the state later
 * cases depend on (e.g. updateOwner.already-owner follows updateOwner.ok, the after-* reads follow
 * their writes), exactly as in the capture run. Each request runs as the fixture's agent: `<SESSION>`
 * and `<CHALLENGE>` become real tokens of a fresh login; fixtures without an agent get a logged-out token.
 *
 * Asserted: HTTP status, Response, Message, the set of top-level keys and the JSON type of each
 * top-level value; for non-JSON answers the Content-Type (bytes and sanitised HTML too). Because the
 * world mirrors the lab, also: Count, the IDs in Tickets/Articles (first items, the fixtures trim
 * lists), the IDs writes answer with, and keys and types at every depth. A mismatch is a simulator bug.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../simulator/index'
import { fixturesAvailable, loadFixtures, type Fixture, type JsonValue } from './fixtures'
import { idsOf, jsonType, login, post, shapeDifferences, type Login } from './helpers'

const available = fixturesAvailable()
const fixtures = available ? loadFixtures() : []

/** Substitutes the placeholders in any string of the request */
function substitute(value: JsonValue, tokens: { session: string; challenge: string }): JsonValue {
  if (typeof value === 'string') return value.replaceAll('<SESSION>', tokens.session).replaceAll('<CHALLENGE>', tokens.challenge)
  if (Array.isArray(value)) return value.map((item) => substitute(item, tokens))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, tokens)]))
  }
  return value
}

function isRawBody(body: JsonValue | undefined): body is { raw: string } {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && typeof body.raw === 'string' && Object.keys(body).length === 1
}

describe.skipIf(!available)('simulator replays the recorded fixtures', () => {
  let simulator: Simulator
  /** A session that was logged out: what fixtures without an agent but with <SESSION> carried */
  let deadSession: Login

  beforeAll(async () => {
    simulator = createSimulator({ tickets: 31, seed: 2026 })
    deadSession = await login(simulator, 'rolf.ro')
    await post(simulator, 'auth/logout', { OTRSAgentInterface: deadSession.token, ChallengeToken: deadSession.challenge })
  })

  async function tokensFor(fixture: Fixture): Promise<{ session: string; challenge: string }> {
    if (!fixture.agent) return { session: deadSession.token, challenge: deadSession.challenge }
    const own = await login(simulator, fixture.agent)
    if (fixture.name === 'auth/logout.challenge-of-other-own-session') {
      // The recorded case sends the challenge token of another session of the same agent.
      const other = await login(simulator, fixture.agent)
      return { session: own.token, challenge: other.challenge }
    }
    return { session: own.token, challenge: own.challenge }
  }

  it('has all 308 recorded exchanges', () => {
    expect(fixtures).toHaveLength(308)
  })

  for (const fixture of fixtures) {
    it(`${fixture.name} (seq ${fixture.seq})`, async () => {
      const tokens = await tokensFor(fixture)
      const { request, response: expected } = fixture
      const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([key, value]) => [key, String(substitute(value, tokens))]))
      const query = request.queryString ? `?${String(substitute(request.queryString, tokens))}` : ''
      let body: string | undefined
      if (isRawBody(request.body)) body = String(substitute(request.body.raw, tokens))
      else if (request.body !== undefined) body = JSON.stringify(substitute(request.body, tokens))

      const actual = await simulator.request({ method: request.method, path: `${request.path}${query}`, headers, body })

      expect(actual.status, 'HTTP status').toBe(expected.status)
      const expectedBody = expected.body
      const rawExpected = expectedBody !== null && typeof expectedBody === 'object' && !Array.isArray(expectedBody)
        && ('raw_base64' in expectedBody || 'raw_text' in expectedBody)
      if (rawExpected) {
        expect(actual.headers['Content-Type'], 'Content-Type').toBe(expected.headers['Content-Type'])
        if ('Content-Security-Policy' in expected.headers) {
          expect(actual.headers['Content-Security-Policy']).toBe(expected.headers['Content-Security-Policy'])
        }
        if ('raw_base64' in expectedBody && typeof expectedBody.raw_base64 === 'string') {
          expect(actual.body.toString('base64')).toBe(expectedBody.raw_base64)
        }
        if ('raw_text' in expectedBody && String(expected.headers['Content-Type']).startsWith('text/html; charset="utf-8"')) {
          expect(actual.body.toString('utf8')).toBe(expectedBody.raw_text)
        }
        return
      }

      expect(actual.headers['Content-Type']).toBe('application/json; charset=utf-8')
      expect(actual.headers['Cache-Control']).toBe('no-cache')
      expect(actual.headers['X-Frame-Options']).toBe('SAMEORIGIN')
      const actualBody = JSON.parse(actual.body.toString('utf8')) as Record<string, unknown>
      const wanted = expectedBody as Record<string, JsonValue>
      expect(actualBody.Response, 'Response').toBe(wanted.Response)
      expect(actualBody.Message, 'Message').toBe(wanted.Message)
      expect(Object.keys(actualBody).sort(), 'top-level keys').toEqual(Object.keys(wanted).sort())
      for (const [key, value] of Object.entries(wanted)) {
        expect(jsonType(actualBody[key]), `type of ${key}`).toBe(jsonType(value))
      }
      if (typeof wanted.Count === 'number') expect(actualBody.Count, 'Count').toBe(wanted.Count)
      for (const key of ['TicketID', 'ArticleID', 'TicketSeen', 'TicketIDFromFullTextSearch']) {
        if (key in wanted) expect(actualBody[key], key).toBe(wanted[key])
      }
      const recordedTickets = idsOf(wanted.Tickets, 'TicketID').split(',').filter(Boolean).slice(0, 3).join(',')
      expect(idsOf(actualBody.Tickets, 'TicketID').startsWith(recordedTickets), 'ticket IDs').toBe(true)
      expect(idsOf(actualBody.Articles, 'ArticleID'), 'article IDs').toBe(idsOf(wanted.Articles, 'ArticleID'))
      expect(shapeDifferences(wanted, actualBody), 'keys and types at every depth').toEqual([])
    })
  }
})
