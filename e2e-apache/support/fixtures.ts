import { expect, test as base, type Page } from '@playwright/test'

/** Apache's origin; the console is served at /otrs-console/ (baseURL) and /helpdesk/. */
export const origin = process.env.APACHE_E2E_URL ?? 'http://127.0.0.1:8480'
/** The same console through Apache's TLS virtual host (self-signed certificate). */
export const tlsOrigin = process.env.APACHE_E2E_TLS_URL ?? 'https://127.0.0.1:8482'
/** Strict-Transport-Security as docs/deploy.md tells the admin to send it from the TLS virtual host. */
export const HSTS = 'max-age=31536000; includeSubDomains'
/** Permissions-Policy of both snippets: the console needs no camera, microphone or location. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=()'
/** The simulator itself, reached directly: Apache only forwards json.pl, not /__sim. */
const simulatorUrl = process.env.SIM_URL ?? 'http://127.0.0.1:8481'

export const ANNA = { login: 'anna.full', password: 'AnnaFull#2026', fullName: 'Anna Fuller' } as const

export interface CspViolation {
  directive: string
  blocked: string
  source: string
}

interface Fixtures {
  /** Content-Security-Policy violations the page reported. Every test ends expecting none. */
  cspViolations: CspViolation[]
}

declare global {
  interface Window {
    reportCspViolation?: (violation: CspViolation) => Promise<void>
  }
}

export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: CspViolation[] = []
      await page.exposeFunction('reportCspViolation', (violation: CspViolation) => {
        violations.push(violation)
      })
      // Init scripts come from the browser, not the page, so the policy under test does not block them.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void window.reportCspViolation?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
          })
        })
      })
      // Chromium also logs every refusal; this catches one the event might miss.
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) {
          violations.push({ directive: 'console', blocked: '', source: message.text() })
        }
      })
      await use(violations)
      expect(violations, 'the browser reported Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  page: async ({ page, request }, use) => {
    const reset = await request.post(`${simulatorUrl}/__sim/reset`)
    expect(reset.ok(), 'simulator reset').toBe(true)
    await use(page)
  },
})

export { expect }

export async function signIn(page: Page, agent: { login: string; password: string } = ANNA): Promise<void> {
  // By id: the form's labels are not tied to their inputs yet, and this suite tests the hosting.
  await page.locator('#login-user').fill(agent.login)
  await page.locator('#login-password').fill(agent.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Collects what went wrong on the wire: HTTP errors and requests that never completed. */
export function watchNetwork(page: Page): { failures: string[]; apiPaths: string[] } {
  const failures: string[] = []
  const apiPaths: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed'
    // A reload or navigation abandons the page's API reads still in flight (a picker's options,
    // say): the browser cancelled them, the server did not fail. An aborted asset still counts.
    if (reason === 'net::ERR_ABORTED' && new URL(request.url()).pathname.startsWith('/otrs/api/')) return
    failures.push(`${reason} ${request.url()}`)
  })
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (pathname.startsWith('/otrs/')) apiPaths.push(pathname)
  })
  return { failures, apiPaths }
}
