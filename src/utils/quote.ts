export interface BodyBlock {
  /** Quoted text (`> …` lines with their "On … wrote:" header) is shown collapsed. */
  quoted: boolean
  text: string
}

const QUOTE_LINE = /^\s*>/
const ATTRIBUTION = /^\s*(?:On .+wrote:|Am .+schrieb .+:|.+ писал\(а\):|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Исходное сообщение\s*-{2,})\s*$/i

/**
 * Splits a plain body into normal and quoted blocks. A quoted block is a run of `>` lines
 * (blank lines inside it included) together with the attribution line just before it.
 */
export function splitQuoted(body: string): BodyBlock[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const blocks: BodyBlock[] = []
  let current: BodyBlock | null = null

  function push(quoted: boolean, line: string): void {
    if (current && current.quoted === quoted) current.text += `\n${line}`
    else {
      current = { quoted, text: line }
      blocks.push(current)
    }
  }

  // The next non-blank line after each line, in one backward pass (a long mail has thousands of lines).
  const nextNonBlank: Array<string | undefined> = new Array(lines.length)
  let following: string | undefined
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    nextNonBlank[index] = following
    if (lines[index].trim() !== '') following = lines[index]
  }

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]
    const next = nextNonBlank[index]
    const inQuote = (current as BodyBlock | null)?.quoted === true
    if (QUOTE_LINE.test(line)) push(true, line)
    else if (ATTRIBUTION.test(line) && next !== undefined && QUOTE_LINE.test(next)) push(true, line)
    else if (line.trim() === '' && inQuote && next !== undefined && QUOTE_LINE.test(next)) push(true, line)
    else push(false, line)
  }
  return blocks.filter((block) => block.text.trim() !== '' || !block.quoted)
}

/** The body of a reply: an attribution line, then every line of the original prefixed with `> `. */
export function quoteForReply(body: string, attribution: string): string {
  const quoted = body
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line.startsWith('>') ? `>${line}` : `> ${line}`))
    .join('\n')
  return `\n\n${attribution}\n${quoted}\n`
}
