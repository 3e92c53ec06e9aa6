import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '@/utils/sanitizeHtml'

const PHISHING =
  '<!DOCTYPE html><html><body><p>Dear support,</p><p>I got this <b>suspicious</b> mail:</p>' +
  '<script>alert("xss-script")</script><img src="x" onerror="alert(1)">' +
  '<a href="javascript:alert(1)">click here</a><p style="color:red">Please check.</p></body></html>'

function bodyOf(document: string): HTMLElement {
  return new DOMParser().parseFromString(document, 'text/html').body
}

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers and javascript: links but keeps the text and formatting', () => {
    const { document } = sanitizeHtml(PHISHING)
    const body = bodyOf(document)
    expect(body.querySelector('script')).toBeNull()
    expect(document).not.toContain('onerror')
    expect(document).not.toContain('javascript:')
    expect(body.querySelector('b')?.textContent).toBe('suspicious')
    const link = body.querySelector('a')
    expect(link?.textContent).toBe('click here')
    expect(link?.hasAttribute('href')).toBe(false)
    expect(body.querySelector('p[style]')?.getAttribute('style')).toBe('color:red')
  })

  it('pins a CSP that forbids scripts and remote loads in the frame document', () => {
    const { document } = sanitizeHtml('<p>x</p>')
    const head = new DOMParser().parseFromString(document, 'text/html').head
    const csp = head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain('img-src data: blob:')
    expect(csp).not.toContain('https:')
  })

  it('holds remote images back until they are allowed', () => {
    const html = '<p>Logo <img src="https://tracker.example/pixel.gif" alt="logo"></p><div style="background:url(http://x.example/bg.png)">b</div>'
    const blocked = sanitizeHtml(html)
    expect(blocked.blockedRemoteImages).toBe(2)
    const image = bodyOf(blocked.document).querySelector('img')
    expect(image?.hasAttribute('src')).toBe(false)
    expect(image?.getAttribute('data-blocked')).toBe('remote')
    expect(blocked.document).not.toContain('x.example')

    const allowed = sanitizeHtml(html, { allowRemoteImages: true })
    expect(allowed.blockedRemoteImages).toBe(0)
    expect(bodyOf(allowed.document).querySelector('img')?.getAttribute('src')).toBe('https://tracker.example/pixel.gif')
    expect(allowed.document).toContain('img-src data: blob: https: http:')
  })

  it('points cid: images at the local copies and drops unknown ones', () => {
    const html = '<img src="cid:logo@x"><img src="cid:unknown@x">'
    const body = bodyOf(sanitizeHtml(html, { inlineImages: { 'logo@x': 'blob:http://localhost/1' } }).document)
    const images = body.querySelectorAll('img')
    expect(images[0].getAttribute('src')).toBe('blob:http://localhost/1')
    expect(images[1].hasAttribute('src')).toBe(false)
  })

  it('opens links in a new tab without opener and removes forms and frames', () => {
    const html = '<a href="https://example.test">site</a><form action="https://evil"><input name="p"></form><iframe src="https://evil"></iframe>'
    const body = bodyOf(sanitizeHtml(html).document)
    const link = body.querySelector('a')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(link?.getAttribute('rel')).toContain('noopener')
    expect(body.querySelector('form, input, iframe')).toBeNull()
  })
})
