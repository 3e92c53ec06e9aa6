/**
 * The HTML safety pass the real server applies before serving an article's HTML body: scripts and
 * embedded objects removed, event handlers dropped, `javascript:` URLs emptied, links opened in a new tab.
 */
export function sanitizeHtml(html: string): string {
  return html
    .replace(/<(script|object|embed|applet|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|object|embed|applet|iframe)\b[^>]*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(\s(?:href|src|action)\s*=\s*)("\s*javascript:[^"]*"|'\s*javascript:[^']*'|javascript:[^\s>]*)/gi, '$1""')
    .replace(/<a\b(?![^>]*\btarget=)([^>]*)>/gi, '<a$1 target="_blank">')
}

/** A plain-text rendering of an HTML body, kept as the article's Body next to the HTML */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, ' - ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
