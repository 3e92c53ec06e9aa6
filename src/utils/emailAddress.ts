/**
 * The one e-mail rule of the console (compose To/Cc, new ticket To/Cc, customer users).
 *
 * The local part is the HTML5 "valid e-mail address" set (what browsers accept in
 * `<input type="email">`) without leading, trailing or doubled dots; the domain is host names as
 * RFC 1123 has them: labels of 1–63 letters, digits and hyphens that neither start nor end with a
 * hyphen, at least two labels, and a top-level label of letters (or an IDN `xn--` label), which is
 * what OTRS's own address check insists on. Lengths follow RFC 5321 (64 for the local part, 254 in all).
 */
const LOCAL_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const LOCAL_PART = new RegExp(`^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*$`)
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const TOP_LEVEL_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/

const MAX_LOCAL_LENGTH = 64
const MAX_ADDRESS_LENGTH = 254

/** Whether `value` is one bare address (`anna@example.com`, no display name, no spaces). */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_ADDRESS_LENGTH) return false
  const at = value.lastIndexOf('@')
  if (at <= 0) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  return labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_LABEL.test(labels[labels.length - 1])
}

/** Splits at commas and semicolons that are outside quotes and angle brackets. */
function splitAddressEntries(value: string): string[] {
  const entries: string[] = []
  let current = ''
  let quoted = false
  let angled = false
  for (const char of value) {
    if (char === '"' && !angled) quoted = !quoted
    else if (char === '<' && !quoted) angled = true
    else if (char === '>' && !quoted) angled = false
    if ((char === ',' || char === ';') && !quoted && !angled) {
      entries.push(current)
      current = ''
    } else current += char
  }
  entries.push(current)
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== '')
}

/**
 * '"Doe, Jane" <jane@x.org>, b@y.org; c@z.org' → the bare addresses; null when one of the entries
 * is not an address. Empty entries (a trailing comma) are ignored; an empty value is an empty list.
 */
export function parseAddressList(value: string): string[] | null {
  const addresses: string[] = []
  for (const entry of splitAddressEntries(value)) {
    const angle = /<([^<>]*)>\s*$/.exec(entry)
    const address = (angle ? angle[1] : entry).trim()
    if (!isEmailAddress(address)) return null
    addresses.push(address)
  }
  return addresses
}
