import { expect, type Page } from '@playwright/test'

export const AGENTS = {
  anna: { login: 'anna.full', password: 'AnnaFull#2026', fullName: 'Anna Fuller' },
  root: { login: 'root@localhost', password: 'RootLab#2026', fullName: 'Admin OTRS' },
  rolf: { login: 'rolf.ro', password: 'RolfRo#2026' },
  nora: { login: 'nora.note', password: 'NoraNote#2026' },
} as const

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
