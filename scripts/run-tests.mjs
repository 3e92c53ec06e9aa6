#!/usr/bin/env node
// Runs every suite the README's `npm test` promises (static checks, vitest, Playwright, Playwright
// through a real Apache) and ends with one line `N passed, N failed` (all suites' totals); exits
// non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const resultsDir = 'test-results'
mkdirSync(resultsDir, { recursive: true })
const vitestJson = `${resultsDir}/vitest.json`
const playwrightJson = `${resultsDir}/playwright.json`
const apacheJson = `${resultsDir}/playwright-apache.json`
rmSync(vitestJson, { force: true })
rmSync(playwrightJson, { force: true })
rmSync(apacheJson, { force: true })

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

const staticChecks = [
  run('type check', 'npx', ['vue-tsc', '--noEmit']),
  run('lint', 'npx', ['eslint', '.', '--max-warnings=0']),
]
const vitestOk = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`])
const playwrightOk = run('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
})
// The deployment is part of the product: without apache2 this suite is a failure, not a skip.
const apacheBin = process.env.APACHE_BIN ?? '/usr/sbin/apache2'
const apacheInstalled = existsSync(apacheBin)
const apacheOk = apacheInstalled
  ? run('playwright through apache', 'bash', ['scripts/apache-e2e.sh', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: apacheJson,
    })
  : false
if (!apacheInstalled) {
  console.log('\n=== playwright through apache ===')
  console.error(`${apacheBin} is not installed, so the Apache suite cannot run: apt-get install apache2`)
}

function readJson(path) {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

let passed = 0
let failed = 0

const vitest = readJson(vitestJson)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  const vitestFailedTests = (vitest.numFailedTests ?? 0) + (vitest.numTodoTests ?? 0) + (vitest.numPendingTests ?? 0)
  failed += vitestFailedTests
  // Unhandled errors (a rejection after a file ended, say) fail the run without failing a test:
  // count them as one failure so the summary line never says "0 failed" for a red run.
  if (!vitestOk && vitestFailedTests === 0) {
    failed += 1
    console.error('vitest failed outside any test (unhandled errors, see its output above)')
  }
} else {
  failed += 1
  console.error('vitest produced no report')
}

const playwright = readJson(playwrightJson)
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0)
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.skipped ?? 0)
} else {
  failed += 1
  console.error('playwright produced no report')
}

if (!apacheInstalled) {
  failed += 1
  console.error(`apache suite not run: ${apacheBin} is missing. Install it with: apt-get install apache2`)
} else {
  const apache = readJson(apacheJson)
  if (apache?.stats) {
    passed += (apache.stats.expected ?? 0) + (apache.stats.flaky ?? 0)
    failed += (apache.stats.unexpected ?? 0) + (apache.stats.skipped ?? 0)
  } else {
    failed += 1
    console.error('playwright through apache produced no report (see its output above)')
  }
}

const staticFailures = staticChecks.filter((ok) => !ok).length
failed += staticFailures
if (staticFailures > 0) console.error(`${staticFailures} static check(s) failed (type check or lint)`)

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && vitestOk && playwrightOk && apacheOk && staticFailures === 0 ? 0 : 1)
