/** Small ticket records with only what the dashboard reads; each test overrides what it checks. */
export interface DashboardTicket {
  TicketID: number
  QueueID: number
  StateID: number
  StateType: string
  Lock: string
  Age: number
  EscalationTime: number
  OwnerID: number
  UnlockTimeout: number
  UntilTime: number
  CreateTimeUnix: number
}

let nextId = 1

export function ticket(overrides: Partial<DashboardTicket> = {}): DashboardTicket {
  const id = overrides.TicketID ?? nextId++
  return {
    TicketID: id,
    QueueID: 5,
    StateID: 4,
    StateType: 'open',
    Lock: 'unlock',
    Age: 3600,
    EscalationTime: 0,
    OwnerID: 2,
    UnlockTimeout: 0,
    UntilTime: 0,
    CreateTimeUnix: 1_795_000_000,
    ...overrides,
  }
}
