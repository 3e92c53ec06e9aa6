import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/** The recorded answers: API_FIXTURES_DIR, the repo's copy, or the shared folder next to the repo. */
function fixturesDir(): string {
  const candidates = [process.env.API_FIXTURES_DIR, join(repoRoot, 'tests/api/fixtures'), join(repoRoot, '../shared/api-fixtures')]
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate))
  if (!found) throw new Error('API fixtures not found: set API_FIXTURES_DIR')
  return found
}

/** The response body of a recorded exchange, e.g. `tickets/getTicketList.smartsort`. */
export function readFixtureBody<T>(name: string): T {
  const fixture = JSON.parse(readFileSync(join(fixturesDir(), `${name}.json`), 'utf8')) as { response: { body: T } }
  return fixture.response.body
}
