import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'

/**
 * Signed out → login, remembering where the agent wanted to go; signed in → never the login page.
 * Returns true to let the navigation through.
 */
export function authenticationGuard(
  to: RouteLocationNormalized,
  isAuthenticated: boolean,
): true | RouteLocationRaw {
  const requiresAuth = to.meta.requiresAuth !== false
  if (requiresAuth && !isAuthenticated) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (to.name === 'login' && isAuthenticated) {
    return safeRedirectTarget(to.query.redirect) ?? { name: 'dashboard' }
  }
  return true
}

/** Only same-app paths are followed after login; anything else would be an open redirect. */
export function safeRedirectTarget(redirect: unknown): string | null {
  if (typeof redirect !== 'string') return null
  if (!redirect.startsWith('/') || redirect.startsWith('//') || redirect.startsWith('/\\')) return null
  return redirect
}
