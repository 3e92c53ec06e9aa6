/** Image types shown inline and in the preview; SVG is not among them (it can carry scripts). */
const PREVIEWABLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp', 'image/bmp'])

export type PreviewKind = 'image' | 'pdf' | null

/** The base content type, lower-case, without parameters (`Image/PNG; name=x` → `image/png`). */
export function baseContentType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase()
}

/** What the console can preview safely in the page, by content type and, failing that, extension. */
export function previewKind(contentType: string | null | undefined, filename = ''): PreviewKind {
  const type = baseContentType(contentType)
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  if (PREVIEWABLE_IMAGES.has(type)) return 'image'
  if (type === 'application/pdf') return 'pdf'
  if (type === 'application/octet-stream' || type === '') {
    if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp'].includes(extension)) return 'image'
    if (extension === 'pdf') return 'pdf'
  }
  return null
}

/** The MIME type a preview Blob is given: never the sender's, so `text/html` cannot sneak in. */
export function previewMimeType(kind: Exclude<PreviewKind, null>, contentType: string | null | undefined): string {
  if (kind === 'pdf') return 'application/pdf'
  const type = baseContentType(contentType)
  return PREVIEWABLE_IMAGES.has(type) ? type : 'image/png'
}

/** Human file size with the agent's locale: 591 B, 1.3 kB, 2.4 MB. */
export function formatFileSize(bytes: number, locale: string): string {
  const units: Array<[string, number]> = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ]
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size)
    }
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes)
}

const MAX_DOWNLOAD_NAME_LENGTH = 200
/** Control characters and what Windows does not allow in a file name. */
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*]/g

/**
 * The name a file is saved under: the sender's name reduced to a safe base name. Whatever stands
 * before the last `/` or `\` goes (`../../etc/passwd` → `passwd`), characters a file system refuses
 * become `_`, leading dots and trailing dots or spaces go (no hidden or `..` files), and a long name
 * is shortened with its extension kept. The list still shows the name as stored.
 */
export function safeDownloadName(name: string | null | undefined, fallback = 'attachment'): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? ''
  let safe = base
    .replace(UNSAFE_NAME_CHARACTERS, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  if (safe.length > MAX_DOWNLOAD_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.')
    const extension = dot > 0 && safe.length - dot <= 16 ? safe.slice(dot) : ''
    safe = safe.slice(0, MAX_DOWNLOAD_NAME_LENGTH - extension.length) + extension
  }
  return safe === '' || /^_+$/.test(safe) ? fallback : safe
}

/**
 * Saves a Blob under a file name (made safe by {@link safeDownloadName}). The Blob is re-typed as
 * octet-stream so the browser downloads it instead of rendering it in our origin.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }))
  const link = document.createElement('a')
  link.href = url
  link.download = safeDownloadName(filename)
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The click starts the download synchronously; the URL may go once the event loop moved on.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
