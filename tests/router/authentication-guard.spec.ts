import { describe, expect, it } from 'vitest'
import type { RouteLocationNormalized } from 'vue-router'
import { authenticationGuard, safeRedirectTarget } from '@/router/guards/authentication'

function route(partial: Partial<RouteLocationNormalized>): RouteLocationNormalized {
  return { fullPath: '/', path: '/', query: {}, params: {}, hash: '', name: undefined, matched: [], meta: {}, redirectedFrom: undefined, ...partial } as RouteLocationNormalized
}

describe('authentication guard', () => {
  it('sends a signed-out agent to login, remembering the page asked for', () => {
    expect(authenticationGuard(route({ fullPath: '/tickets?view=-3', name: 'tickets' }), false)).toEqual({
      name: 'login',
      query: { redirect: '/tickets?view=-3' },
    })
  })

  it('lets public pages through while signed out', () => {
    expect(authenticationGuard(route({ name: 'login', meta: { requiresAuth: false } }), false)).toBe(true)
  })

  it('takes a signed-in agent away from login to the remembered page or the dashboard', () => {
    const login = { name: 'login', meta: { requiresAuth: false } } as const
    expect(authenticationGuard(route({ ...login, query: { redirect: '/tickets/5' } }), true)).toBe('/tickets/5')
    expect(authenticationGuard(route(login), true)).toEqual({ name: 'dashboard' })
  })

  it('lets signed-in agents through to app pages', () => {
    expect(authenticationGuard(route({ name: 'dashboard', fullPath: '/dashboard' }), true)).toBe(true)
  })
})

describe('redirect target after login', () => {
  it('follows only paths inside the app', () => {
    expect(safeRedirectTarget('/tickets?view=-1')).toBe('/tickets?view=-1')
    expect(safeRedirectTarget('https://evil.example/')).toBeNull()
    expect(safeRedirectTarget('//evil.example/')).toBeNull()
    expect(safeRedirectTarget('/\\evil.example')).toBeNull()
    expect(safeRedirectTarget(['/a'])).toBeNull()
  })
})
