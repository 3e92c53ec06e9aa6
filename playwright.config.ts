import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 5180)
const baseURL = `http://127.0.0.1:${port}`
const debianChromium = '/usr/bin/chromium'
const e2eDist = 'test-results/e2e-dist'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  // One simulator behind one dev server: journeys reset its world, so they run one at a time.
  workers: 1,
  // One retry on CI absorbs the intermittent list stall noted in the issue note; a retried pass is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
  },
  projects: [
    {
      name: 'chromium',
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
  webServer: {
    // The built console, as agents get it (the dev server compiles every module on first request:
    // each fresh browser context paid for that). The simulator answers in the preview server too.
    command: `npx vite build --outDir ${e2eDist} --emptyOutDir --logLevel warn && npx vite preview --outDir ${e2eDist} --port ${port} --strictPort`,
    url: `${baseURL}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    env: { OTRS_URL: '', SIM_LATENCY_MS: '0' },
  },
})
