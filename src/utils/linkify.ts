export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

// Stops before whitespace, angle brackets and quotes; trailing punctuation is trimmed below.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi
const TRAILING_PUNCTUATION = ').,;:!?]}'

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/** Drops trailing punctuation, but keeps a closing bracket that balances one inside the URL. */
function trimTrailing(raw: string): string {
  let result = raw
  while (result.length > 0 && TRAILING_PUNCTUATION.includes(result[result.length - 1])) {
    if (result.endsWith(')') && count(result, '(') >= count(result, ')')) break
    result = result.slice(0, -1)
  }
  return result
}

/**
 * Splits plain text into text and link segments, to render links without HTML. Only http(s)
 * and mailto targets are produced, so a `javascript:` text is never clickable.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const raw = trimTrailing(match[0])
    const start = match.index ?? 0
    if (!raw) continue
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) })
    const href = raw.includes('@') && !/^(?:https?:\/\/|www\.)/i.test(raw) ? `mailto:${raw}` : /^www\./i.test(raw) ? `https://${raw}` : raw
    segments.push({ kind: 'link', text: raw, href })
    last = start + raw.length
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) })
  return segments
}
