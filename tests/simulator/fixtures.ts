/** Loads the recorded RS4OTRS_API exchanges (../shared/api-fixtures, or API_FIXTURES_DIR). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export interface Fixture {
  /** `<dir>/<file>` without `.json` */
  name: string
  agent: string | null
  seq: number
  request: {
    method: string
    path: string
    queryString?: string
    headers?: Record<string, string>
    body?: JsonValue
  }
  response: {
    status: number
    headers: Record<string, string>
    body: JsonValue
  }
  note?: string
}

export const FIXTURES_DIR = process.env.API_FIXTURES_DIR ?? fileURLToPath(new URL('../../../shared/api-fixtures', import.meta.url))

export function fixturesAvailable(): boolean {
  return existsSync(FIXTURES_DIR)
}

/** All fixtures in recording order */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = []
  for (const dir of readdirSync(FIXTURES_DIR)) {
    const path = join(FIXTURES_DIR, dir)
    if (!statSync(path).isDirectory()) continue
    for (const file of readdirSync(path)) {
      if (!file.endsWith('.json')) continue
      const data = JSON.parse(readFileSync(join(path, file), 'utf8')) as Omit<Fixture, 'name'>
      fixtures.push({ ...data, name: `${dir}/${file.slice(0, -'.json'.length)}` })
    }
  }
  return fixtures.sort((a, b) => a.seq - b.seq)
}

export const PASSWORDS: Record<string, string> = {
  'root@localhost': 'RootLab#2026',
  'anna.full': 'AnnaFull#2026',
  'rolf.ro': 'RolfRo#2026',
  'nora.note': 'NoraNote#2026',
}
