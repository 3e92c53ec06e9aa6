import { createRouter, createWebHistory, type Router } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { authenticationGuard } from './guards/authentication'
import { routes } from './routes'
import './meta'

export function createAppRouter(basePath: string): Router {
  const router = createRouter({
    history: createWebHistory(basePath),
    routes,
    scrollBehavior: (_to, _from, savedPosition) => savedPosition ?? { top: 0 },
  })
  router.beforeEach((to) => authenticationGuard(to, useSessionStore().isAuthenticated))
  return router
}
