/**
 * A ticket record's relative fields (Age, EscalationTime, UntilTime) are seconds measured at the
 * moment the server answered. Kept for minutes in the change feed, they must move with the server's
 * clock: `atServerTime` shifts them as a fresh answer at `nowSeconds` would give them, with no request.
 */

export interface ClockedTicket {
  Age: number
  /** Seconds until the next escalation; 0 when none runs (stays 0). */
  EscalationTime: number
  /** Seconds until the pending time; the server gives 0 outside pending states (stays 0 there). */
  UntilTime: number
  StateType: string
}

export function atServerTime<T extends ClockedTicket>(ticket: T, observedAtSeconds: number, nowSeconds: number): T {
  const elapsed = nowSeconds - observedAtSeconds
  if (elapsed === 0) return ticket
  const pending = ticket.StateType.toLowerCase().startsWith('pending')
  return {
    ...ticket,
    Age: ticket.Age + elapsed,
    EscalationTime: ticket.EscalationTime === 0 ? 0 : ticket.EscalationTime - elapsed,
    UntilTime: pending ? ticket.UntilTime - elapsed : ticket.UntilTime,
  }
}

/** Open state types (new, open, pending …): the ones the dashboard and monitor are made of. */
export function isOpenStateType(stateType: string): boolean {
  const type = stateType.toLowerCase()
  return type === 'new' || type === 'open' || type.startsWith('pending')
}

/** `YYYY-MM-DD HH:MM:SS` texts compare like the times they name (same zone, fixed width). */
export function laterTime(a: string, b: string): string {
  return a >= b ? a : b
}
