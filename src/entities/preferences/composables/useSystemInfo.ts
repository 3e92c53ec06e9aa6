import { computed } from 'vue'
import { getApiBase } from '@/api/client'
import { getPackageList, isApiVersionSupported, REQUIRED_API_VERSION } from '@/api/system'
import { getUserPermissions } from '@/api/users'
import { useLoader } from './useLoader'

export const API_PACKAGE = 'RS4OTRS_API'

/**
 * What the About screen reports about the server: its RS4OTRS packages (read fresh, with a real
 * error: the reference store's start-up check only remembers that it failed).
 */
export function usePackageCheck() {
  const loader = useLoader((signal) => getPackageList({ signal }).then((answer) => answer.Packages))
  const apiPackage = computed(() => loader.data.value?.find((item) => item.Name === API_PACKAGE) ?? null)
  /**
   * `supported`, `outdated` (older than the console needs, or missing), `unknown` (a version the
   * console cannot read), or null until the list is there.
   */
  const apiStatus = computed<'supported' | 'outdated' | 'unknown' | null>(() => {
    if (loader.state.value !== 'done') return null
    if (!apiPackage.value) return 'outdated'
    const supported = isApiVersionSupported(apiPackage.value.Version)
    if (supported === null) return 'unknown'
    return supported ? 'supported' : 'outdated'
  })
  return { ...loader, apiPackage, apiStatus, requiredVersion: REQUIRED_API_VERSION }
}

/** Where the console sends its API calls, as a full address (the configured base may be relative). */
export function apiAddress(): string {
  const base = getApiBase()
  try {
    return new URL(base, window.location.href).href
  } catch {
    return base
  }
}

/** The signed-in agent's permissions per group, with the group's queues (getUserPermissions). */
export function useOwnPermissions() {
  return useLoader((signal) => getUserPermissions({ signal }).then((answer) => answer.Groups))
}
