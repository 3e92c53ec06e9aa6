// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import semver from 'semver'

const root = join(import.meta.dirname, '..', '..')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
}

/** The oldest Node of each major line the project promises, e.g. 20.19.0, 22.13.0 and 24.0.0. */
function oldestSupportedNodes(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' ')))!.version)
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('a clean install and start', () => {
  it('promises only Node versions that every locked package accepts (npm ci prints no EBADENGINE)', () => {
    const nodes = oldestSupportedNodes(packageJson.engines.node)
    expect(nodes).toContain('20.19.0')
    const refused = Object.entries(lock.packages).flatMap(([path, info]) => {
      const wanted = !info.engines || Array.isArray(info.engines) ? undefined : info.engines.node
      if (!path || !wanted) return []
      return nodes.filter((node) => !semver.satisfies(node, wanted)).map((node) => `${path}@${info.version} wants ${wanted}, not ${node}`)
    })
    expect(refused).toEqual([])
  })

  it('loads the simulator into vite.config.ts with explicit file extensions (Vite warns about each missing one)', () => {
    const files = [join(root, 'vite.config.ts'), ...filesUnder(join(root, 'simulator'))]
    const bare = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
        .map((match) => match[1])
        .filter((specifier) => !/\.(ts|js|mjs|json)$/.test(specifier))
        .map((specifier) => `${file.slice(root.length + 1)}: ${specifier}`),
    )
    expect(bare).toEqual([])
  })
})
