// What Apache sends, read without a browser: the snippet's cache, security and compression headers.
import { expect, test, type APIResponse } from '@playwright/test'
import { HSTS, origin, PERMISSIONS_POLICY, tlsOrigin } from './support/fixtures'

const ONE_YEAR_IMMUTABLE = 'public, max-age=31536000, immutable'
const gzip = { 'Accept-Encoding': 'gzip' }

function cspDirectives(response: APIResponse): Map<string, string[]> {
  const header = response.headers()['content-security-policy'] ?? ''
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  )
}

function expectSecurityHeaders(response: APIResponse): void {
  const csp = cspDirectives(response)
  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  expect(csp.get('base-uri')).toEqual(["'self'"])
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('same-origin')
  expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY)
}

for (const [path, base] of [
  ['/otrs-console/', '/otrs-console/'],
  ['/otrs-console/index.html', '/otrs-console/'],
  ['/otrs-console/tickets/42', '/otrs-console/'],
  ['/helpdesk/tickets/42', '/helpdesk/'],
] as const) {
  test(`${path} is index.html: no-cache, strict CSP, base ${base}, no inline script`, async ({ request }) => {
    const response = await request.get(origin + path, { headers: gzip })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['content-type']).toMatch(/^text\/html/)
    expect(headers['cache-control']).toBe('no-cache')
    expect(headers['content-encoding']).toBe('gzip')
    expectSecurityHeaders(response)

    const html = await response.text()
    expect(html).toContain(`<base href="${base}"`)
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/)
      expect(body.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })
}

test('hashed assets are immutable for a year, compressed and typed', async ({ request }) => {
  const html = await (await request.get(`${origin}/otrs-console/`)).text()
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1])
  expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true)
  expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)

  for (const asset of assets) {
    expect(asset, 'file names carry a content hash').toMatch(/-[\w-]{8}\.(js|css)$/)
    const response = await request.get(`${origin}/otrs-console/${asset}`, { headers: gzip })
    expect(response.status(), asset).toBe(200)
    const headers = response.headers()
    expect(headers['cache-control'], asset).toBe(ONE_YEAR_IMMUTABLE)
    expect(headers['content-encoding'], asset).toBe('gzip')
    expect(headers['content-type'], asset).toMatch(asset.endsWith('.js') ? /javascript/ : /^text\/css/)
    expect(headers['x-content-type-options'], asset).toBe('nosniff')
    expect(headers['permissions-policy'], asset).toBe(PERMISSIONS_POLICY)
  }
})

test('config.json is revalidated every time and names the API base', async ({ request }) => {
  for (const base of ['/otrs-console/', '/helpdesk/'] as const) {
    const response = await request.get(`${origin}${base}config.json`)
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toBe('no-cache')
    expect(response.headers()['content-type']).toMatch(/^application\/json/)
    expect(await response.json()).toMatchObject({ apiBase: '/otrs/api' })
  }
})

test('a missing asset is a 404, never index.html', async ({ request }) => {
  const response = await request.get(`${origin}/otrs-console/assets/index-00000000.js`)
  expect(response.status()).toBe(404)
  expect(response.headers()['content-type']).not.toMatch(/javascript/)
})

test('the base path without its slash redirects to it', async ({ request }) => {
  const response = await request.get(`${origin}/otrs-console`, { maxRedirects: 0 })
  expect(response.status()).toBe(301)
  expect(response.headers()['location']).toBe(`${origin}/otrs-console/`)
})

test('the TLS virtual host adds HSTS to the console; plain HTTP never sends it', async ({ playwright }) => {
  const tls = await playwright.request.newContext({ ignoreHTTPSErrors: true })
  try {
    for (const path of ['/otrs-console/', '/otrs-console/tickets/42', '/otrs-console/config.json']) {
      const response = await tls.get(tlsOrigin + path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['strict-transport-security'], path).toBe(HSTS)
      expect(response.headers()['permissions-policy'], path).toBe(PERMISSIONS_POLICY)
    }
  } finally {
    await tls.dispose()
  }
  const plain = await fetch(`${origin}/otrs-console/`)
  expect(plain.headers.get('strict-transport-security')).toBeNull()
})
