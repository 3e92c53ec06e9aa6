/** Mail addresses the way OTRS writes them into articles. */
import type { CustomerUser, Queue } from './reference.ts'

export function customerAddress(customer: CustomerUser | undefined): string {
  if (!customer) return 'Unknown <unknown@example.test>'
  return `"${[customer.firstName, customer.lastName].filter(Boolean).join(' ')}" <${customer.email}>`
}

export function queueAddress(queue: Queue | undefined): string {
  return `${queue?.name ?? 'Support'} <${queue?.email ?? 'support@example.test'}>`
}

/** The display name part of an address (`"John Doe" <john@x>` → `John Doe`) */
export function realName(address: string | null): string | null {
  if (!address) return null
  const match = /^\s*"?([^"<]*?)"?\s*<[^>]+>/.exec(address)
  const name = match ? match[1].trim() : address.trim()
  // OTRS spells "::" in a display name as " : : " (Mail::Address quoting).
  return name.replaceAll('::', ' : : ')
}
