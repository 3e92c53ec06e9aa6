import { expect, type APIRequestContext, type Locator, type Page, type Request } from '@playwright/test'

export const AGENTS = {
  anna: { login: 'anna.full', password: 'AnnaFull#2026', fullName: 'Anna Fuller' },
  root: { login: 'root@localhost', password: 'RootLab#2026', fullName: 'Admin OTRS' },
  rolf: { login: 'rolf.ro', password: 'RolfRo#2026' },
  nora: { login: 'nora.note', password: 'NoraNote#2026' },
} as const

/**
 * Waits until the page made no request for `quietMs`: a screen that just opened keeps loading for
 * a while on its own (pickers' options, a kept copy's check), and a test that expires the session
 * means the next request it makes to meet the expiry, not one of those.
 */
export async function settled(page: Page, quietMs = 1_000, timeoutMs = 15_000): Promise<void> {
  const inFlight = new Set<Request>()
  let lastActivity = Date.now()
  const started = (request: Request) => {
    inFlight.add(request)
    lastActivity = Date.now()
  }
  const ended = (request: Request) => {
    inFlight.delete(request)
    lastActivity = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  try {
    const deadline = Date.now() + timeoutMs
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`the page kept loading for ${timeoutMs} ms`)
      await page.waitForTimeout(100)
    }
  } finally {
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
  }
}

/** Puts the simulator's world back to its seed, so journeys do not depend on each other. */
export async function resetSimulator(page: Page): Promise<void> {
  const response = await page.request.post('/__sim/reset')
  expect(response.ok()).toBe(true)
}

export async function signIn(page: Page, agent: { login: string; password: string } = AGENTS.anna): Promise<void> {
  // Scoped to the login page: a closing re-login dialog may still hold its own password field.
  const form = page.locator('main.login')
  await form.getByLabel('User name').fill(agent.login)
  await form.getByLabel('Password').fill(agent.password)
  await form.getByRole('button', { name: 'Sign in' }).click()
}

/**
 * After the server dropped the session, clicks `target` unless the re-login dialog is already up:
 * any background read (the change feed, the check of a kept copy, a prefetch) may meet the expired
 * session first, and then the dialog covers the page, as it should.
 */
export async function clickUnlessReloginAsked(page: Page, target: Locator): Promise<void> {
  const relogin = page.getByTestId('relogin-dialog')
  await expect(async () => {
    if (await relogin.isVisible()) return
    await target.click({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
}

/** Another agent (root) creates an open ticket in Support through the API, as if in another browser. */
export async function createTicketMeanwhile(request: APIRequestContext, title: string): Promise<void> {
  const login = await request.post('/otrs/api/auth/login', { data: { User: AGENTS.root.login, Password: AGENTS.root.password } })
  const session = (await login.json()) as { SessionName: string; SessionValue: string }
  const created = await request.post('/otrs/api/tickets/createTicket', {
    data: { [session.SessionName]: session.SessionValue, Title: title, QueueID: 5, PriorityID: 3, StateID: 4, Body: 'Printer on floor 3 is jammed.' },
  })
  expect(((await created.json()) as { TicketID?: number }).TicketID).toBeGreaterThan(0)
}
