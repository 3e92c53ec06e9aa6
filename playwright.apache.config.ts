import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * The production build behind a real Apache (scripts/apache-e2e.sh starts Apache and the simulator
 * and stops them afterwards, so there is no webServer here). Run it through that script.
 */
const origin = process.env.APACHE_E2E_URL ?? 'http://127.0.0.1:8480'
const debianChromium = '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e-apache',
  outputDir: 'test-results/e2e-apache',
  fullyParallel: false,
  // One simulator behind Apache; journeys reset its world, so they run one at a time.
  workers: 1,
  retries: 0,
  // A production build through Apache is fast; these margins are for a busy CI machine.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `${origin}/otrs-console/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
  },
  projects: [
    {
      name: 'apache-chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: existsSync(debianChromium) ? debianChromium : undefined,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
})
