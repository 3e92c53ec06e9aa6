/** Two-letter initials for an avatar (the server's avatar URLs are third-party and blocked). */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? '').replace(/[<(].*$/, '').trim().split(/[\s._@-]+/).filter(Boolean)
  if (words.length === 0) return '?'
  const letters = words.length === 1 ? words[0].slice(0, 2) : words[0][0] + words[words.length - 1][0]
  return letters.toUpperCase()
}
