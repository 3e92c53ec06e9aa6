/** Agent sessions: token, challenge token and idle expiry (Znuny's SessionMaxIdleTime). */
import { randomBytes } from 'node:crypto'

export interface Session {
  token: string
  challengeToken: string
  agentId: number
  lastRequest: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Tokens are random (not seeded): they are secrets, not world data */
function randomToken(length = 32): string {
  const bytes = randomBytes(length)
  let token = ''
  for (const byte of bytes) token += ALPHABET[byte % ALPHABET.length]
  return token
}

export type SessionLookup = { status: 'ok'; session: Session } | { status: 'invalid' }

export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  constructor(private readonly idleTtlSeconds: number) {}

  create(agentId: number, now: number): Session {
    const session: Session = { token: randomToken(), challengeToken: randomToken(), agentId, lastRequest: now }
    this.sessions.set(session.token, session)
    return session
  }

  /** Finds a live session; `refresh` false keeps the idle timer (background polling) */
  lookup(token: string, now: number, refresh: boolean): SessionLookup {
    const session = this.sessions.get(token)
    if (!session) return { status: 'invalid' }
    if (now - session.lastRequest > this.idleTtlSeconds) {
      this.sessions.delete(token)
      return { status: 'invalid' }
    }
    if (refresh) session.lastRequest = now
    return { status: 'ok', session }
  }

  /** Znuny's ChallengeTokenCheck accepts the challenge of any session of the same agent */
  challengeMatches(agentId: number, challengeToken: string): boolean {
    for (const session of this.sessions.values()) {
      if (session.agentId === agentId && session.challengeToken === challengeToken) return true
    }
    return false
  }

  remove(token: string): void { this.sessions.delete(token) }
  clear(): void { this.sessions.clear() }
}
