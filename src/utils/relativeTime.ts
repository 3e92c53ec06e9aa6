/** "12 seconds ago", "3 minutes ago" in the agent's language, for a number of elapsed seconds. */
export function formatElapsed(seconds: number, locale: string): string {
  const safe = Math.max(0, Math.floor(seconds))
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' })
  if (safe < 60) return format.format(-safe, 'second')
  if (safe < 3600) return format.format(-Math.floor(safe / 60), 'minute')
  if (safe < 86_400) return format.format(-Math.floor(safe / 3600), 'hour')
  return format.format(-Math.floor(safe / 86_400), 'day')
}

/** "in 12 min" / "5 h ago" style for a signed number of seconds (future positive), compact. */
export function formatRelativeSeconds(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' })
  const size = Math.abs(seconds)
  const sign = seconds < 0 ? -1 : 1
  if (size < 3600) return format.format(sign * Math.max(1, Math.round(size / 60)), 'minute')
  if (size < 86_400) return format.format(sign * Math.round(size / 3600), 'hour')
  return format.format(sign * Math.round(size / 86_400), 'day')
}
