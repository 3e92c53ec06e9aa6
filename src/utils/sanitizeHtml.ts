import DOMPurify from 'dompurify'

export interface SanitizedHtml {
  /** A complete document for a sandboxed iframe's `srcdoc`. */
  document: string
  /** How many remote images (and remote CSS backgrounds) were held back. */
  blockedRemoteImages: number
}

export interface SanitizeOptions {
  /** Let remote (http/https) images load; off by default: they tell the sender the mail was read. */
  allowRemoteImages?: boolean
  /** `cid:` references of inline images mapped to local (blob:/data:) URLs. */
  inlineImages?: Record<string, string>
}

const REMOTE = /^\s*(?:https?:)?\/\//i
const LOCAL_IMAGE = /^\s*(?:blob:|data:image\/(?:png|jpe?g|gif|webp|bmp);)/i
const SAFE_LINK = /^\s*(?:https?:|mailto:|tel:|#)/i
const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi

/** What the iframe may load: nothing but inline styles and local images, remote images on request. */
function contentSecurityPolicy(allowRemoteImages: boolean): string {
  const images = allowRemoteImages ? 'data: blob: https: http:' : 'data: blob:'
  return `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; font-src data:; form-action 'none'`
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * Sanitises a customer's HTML mail for display in a sandboxed iframe (no scripts, no forms, no
 * frames), whatever the server already did. Remote images are held back unless allowed (they
 * are tracking pixels as often as not); `cid:` images point at the local copies given; links open
 * in a new tab without referrer or opener; `javascript:` and other odd schemes are removed.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  const allowRemote = options.allowRemoteImages === true
  const inline = options.inlineImages ?? {}
  let blocked = 0

  const purifier = DOMPurify()
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element
    if (element.tagName === 'A') {
      const href = element.getAttribute('href')
      if (href !== null && !SAFE_LINK.test(href)) element.removeAttribute('href')
      element.setAttribute('target', '_blank')
      element.setAttribute('rel', 'noopener noreferrer nofollow')
    }
    if (element.tagName === 'IMG') {
      const source = element.getAttribute('src') ?? ''
      element.removeAttribute('srcset')
      if (/^\s*cid:/i.test(source)) {
        const local = inline[source.trim().slice(4).replace(/^<|>$/g, '')]
        if (local) element.setAttribute('src', local)
        else element.removeAttribute('src')
      } else if (REMOTE.test(source)) {
        if (!allowRemote) {
          blocked += 1
          element.removeAttribute('src')
          element.setAttribute('data-blocked', 'remote')
          if (!element.getAttribute('alt')) element.setAttribute('alt', '')
        }
      } else if (!LOCAL_IMAGE.test(source)) {
        element.removeAttribute('src')
      }
    }
    const style = element.getAttribute('style')
    if (style && /url\(/i.test(style)) element.setAttribute('style', cleanCssUrls(style, allowRemote, () => (blocked += 1)))
  })
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent && /url\(|@import/i.test(node.textContent)) {
      node.textContent = cleanCssUrls(node.textContent.replace(/@import[^;]*;?/gi, ''), allowRemote, () => (blocked += 1))
    }
  })

  const body = purifier.sanitize(html, {
    WHOLE_DOCUMENT: false,
    FORBID_TAGS: ['form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'],
    FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping', 'background'],
    ADD_TAGS: ['style'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|cid:|blob:|data:image\/(?:png|jpe?g|gif|webp|bmp);|#)/i,
  })

  const csp = contentSecurityPolicy(allowRemote)
  const document =
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">` +
    '<style>html,body{margin:0;padding:0;background:#fff;color:#1f2329;font:14px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;word-break:break-word}' +
    'body{padding:12px 14px}img{max-width:100%;height:auto}img[data-blocked]{display:inline-block;min-width:16px;min-height:16px;background:#eef0f3;outline:1px dashed #b8bec8}' +
    'blockquote{margin:0 0 0 4px;padding-left:10px;border-left:3px solid #d0d5dd;color:#555}pre{white-space:pre-wrap}table{max-width:100%}</style>' +
    `</head><body>${body}</body></html>`
  return { document, blockedRemoteImages: blocked }
}

function cleanCssUrls(css: string, allowRemote: boolean, onBlocked: () => void): string {
  return css.replace(CSS_URL, (match: string, _quote: string, url: string) => {
    if (LOCAL_IMAGE.test(url)) return match
    if (REMOTE.test(url) && allowRemote) return match
    if (REMOTE.test(url)) onBlocked()
    return 'none'
  })
}
