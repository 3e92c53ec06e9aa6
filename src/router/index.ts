import { createRouter, createWebHistory, type Router } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { authenticationGuard } from './guards/authentication'
import { routes } from './routes'
import './meta'

/** Where the window is scrolled, as its scroll events last told (reading it could force a layout). */
const windowScroll = { top: 0, left: 0 }
if (typeof window !== 'undefined') {
  window.addEventListener(
    'scroll',
    () => {
      windowScroll.top = window.scrollY
      windowScroll.left = window.scrollX
    },
    { passive: true },
  )
}

export function createAppRouter(basePath: string): Router {
  const router = createRouter({
    history: createWebHistory(basePath),
    routes,
    // Scrolling to where the page already is would still force a layout of the next screen in the
    // middle of drawing it (even reading the position does): skipped, by the position last seen.
    scrollBehavior: (_to, _from, savedPosition) => {
      const target = savedPosition ?? { top: 0 }
      const { top = 0, left = 0 } = target as { top?: number; left?: number }
      return windowScroll.top === top && windowScroll.left === left ? false : target
    },
  })
  router.beforeEach((to) => authenticationGuard(to, useSessionStore().isAuthenticated))
  return router
}
