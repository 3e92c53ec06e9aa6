/** Settings read from `config.json` next to index.html at start-up, so one build serves any host. */
export interface RuntimeConfig {
  apiBase: string
  title?: string
  dashboardRefreshSeconds?: number
  listRefreshSeconds?: number
}

const DEFAULTS: RuntimeConfig = { apiBase: '/otrs/api' }

export async function loadRuntimeConfig(baseUrl: string): Promise<RuntimeConfig> {
  try {
    const response = await fetch(new URL('config.json', new URL(baseUrl, window.location.href)), {
      cache: 'no-cache',
    })
    if (!response.ok) return DEFAULTS
    const loaded = (await response.json()) as Partial<RuntimeConfig>
    return { ...DEFAULTS, ...loaded }
  } catch {
    return DEFAULTS
  }
}
