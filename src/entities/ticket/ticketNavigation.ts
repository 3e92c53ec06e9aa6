/**
 * The ticket list the agent opened a ticket from, so the ticket page can go to the previous/next
 * ticket of that list (`[` and `]`) and back to it (Esc). A list records it when it shows tickets.
 */
export interface TicketNavigation {
  ids: number[]
  /** The list's full path with its query, e.g. `/tickets?view=-3`. */
  listPath: string
}

const KEY = 'otrs-console.ticketNavigation'

export function rememberTicketList(navigation: TicketNavigation): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(navigation))
  } catch {
    // Without storage the ticket page simply offers no previous/next.
  }
}

export function recalledTicketList(): TicketNavigation | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    const parsed = raw ? (JSON.parse(raw) as TicketNavigation) : null
    return parsed && Array.isArray(parsed.ids) && typeof parsed.listPath === 'string' ? parsed : null
  } catch {
    return null
  }
}

/** The neighbour of a ticket in the remembered list (`-1` previous, `1` next), if any. */
export function neighbourTicket(navigation: TicketNavigation | null, ticketId: number, step: -1 | 1): number | null {
  if (!navigation) return null
  const index = navigation.ids.indexOf(ticketId)
  if (index === -1) return null
  return navigation.ids[index + step] ?? null
}
