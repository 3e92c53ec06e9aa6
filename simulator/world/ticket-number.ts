/**
 * Ticket numbers as Znuny's DateChecksum generator makes them: date, SystemID "10", a five-digit
 * counter and a check digit — e.g. `2026112710000022` for the second ticket of 2026-11-27.
 */
export function ticketNumber(datePrefix: string, counter: number): string {
  const base = `${datePrefix}10${String(counter).padStart(5, '0')}`
  let checksum = 0
  let multiplier = 1
  for (const digit of base) {
    checksum += multiplier * Number(digit)
    multiplier = multiplier === 1 ? 2 : 1
  }
  checksum = 10 - (checksum % 10)
  if (checksum === 10) checksum = 1
  return `${base}${checksum}`
}

/** `YYYYMMDD` of a unix time (server time zone UTC) */
export function datePrefixOf(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10).replaceAll('-', '')
}

/** The lab's install day: the seeded tickets carry it in their numbers, whatever today is */
export const SEED_DATE_PREFIX = '20261127'
