// The guide quotes the snippets this suite serves; a change to one must show in the other.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { HSTS } from './support/fixtures'

const guide = readFileSync('docs/deploy.md', 'utf8')

for (const [file, fence] of [
  ['deploy/apache/otrs-console.conf', 'apache'],
  ['deploy/nginx/otrs-console.conf', 'nginx'],
] as const) {
  test(`docs/deploy.md quotes ${file} verbatim`, () => {
    expect(guide).toContain(`\`\`\`${fence}\n${readFileSync(file, 'utf8')}\`\`\``)
  })
}

test('docs/deploy.md tells the admin to send HSTS from the TLS virtual host, as the suite does', () => {
  expect(guide).toContain(`Header always set Strict-Transport-Security "${HSTS}"`)
  expect(guide).toContain(`set $otrs_console_hsts "${HSTS}";`)
})
