import { describe, expect, it } from 'vitest'
import { parseRuntimeConfig } from '@/app/runtimeConfig'

describe('parseRuntimeConfig', () => {
  it('takes every documented setting', () => {
    expect(
      parseRuntimeConfig({ apiBase: '/api', title: 'Helpdesk', dashboardRefreshSeconds: 30, listRefreshSeconds: 0, fullResyncMinutes: 15 }),
    ).toEqual({ apiBase: '/api', title: 'Helpdesk', dashboardRefreshSeconds: 30, listRefreshSeconds: 0, fullResyncMinutes: 15 })
  })

  it('falls back to /otrs/api when apiBase is missing or not text', () => {
    expect(parseRuntimeConfig({})).toEqual({ apiBase: '/otrs/api' })
    expect(parseRuntimeConfig({ apiBase: 42 })).toEqual({ apiBase: '/otrs/api' })
    expect(parseRuntimeConfig({ apiBase: '  ' })).toEqual({ apiBase: '/otrs/api' })
  })

  it('drops a malformed setting and keeps the rest', () => {
    expect(
      parseRuntimeConfig({ apiBase: '/otrs/api', title: 7, dashboardRefreshSeconds: '60', listRefreshSeconds: -5, fullResyncMinutes: 2.5 }),
    ).toEqual({ apiBase: '/otrs/api' })
  })

  it('treats anything but an object as no settings at all', () => {
    for (const loaded of [null, 'text', [], 3]) expect(parseRuntimeConfig(loaded)).toEqual({ apiBase: '/otrs/api' })
  })
})
