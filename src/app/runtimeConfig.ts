/** Settings read from `config.json` next to index.html at start-up, so one build serves any host. */
export interface RuntimeConfig {
  apiBase: string
  title?: string
  dashboardRefreshSeconds?: number
  listRefreshSeconds?: number
  /** Minutes between full resyncs of the change feed (what changes alone cannot show); 0 = only after long hiding. */
  fullResyncMinutes?: number
}

const DEFAULTS: RuntimeConfig = { apiBase: '/otrs/api' }

/**
 * Keeps only well-formed settings: config.json is edited by hand on the server, and a typo there
 * must cost that one setting, not the whole console.
 */
export function parseRuntimeConfig(loaded: unknown): RuntimeConfig {
  if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) return DEFAULTS
  const raw = loaded as Record<string, unknown>
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  const seconds = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
  const config: RuntimeConfig = { apiBase: text(raw.apiBase) ?? DEFAULTS.apiBase }
  const title = text(raw.title)
  const dashboardRefreshSeconds = seconds(raw.dashboardRefreshSeconds)
  const listRefreshSeconds = seconds(raw.listRefreshSeconds)
  const fullResyncMinutes = seconds(raw.fullResyncMinutes)
  if (title !== undefined) config.title = title
  if (dashboardRefreshSeconds !== undefined) config.dashboardRefreshSeconds = dashboardRefreshSeconds
  if (listRefreshSeconds !== undefined) config.listRefreshSeconds = listRefreshSeconds
  if (fullResyncMinutes !== undefined) config.fullResyncMinutes = fullResyncMinutes
  return config
}

export async function loadRuntimeConfig(baseUrl: string): Promise<RuntimeConfig> {
  try {
    const response = await fetch(new URL('config.json', new URL(baseUrl, window.location.href)), {
      cache: 'no-cache',
    })
    if (!response.ok) return DEFAULTS
    return parseRuntimeConfig(await response.json())
  } catch {
    // Missing, or answered with the history fallback's HTML: the defaults serve the usual install.
    return DEFAULTS
  }
}
