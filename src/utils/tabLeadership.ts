/**
 * One leader among the tabs of one browser that want to lead (the candidates). Only candidates can
 * lead; a tab that stops being one (hidden, nothing on screen needs live data) hands leadership on.
 *
 * With the Web Locks API (every current browser) the lock manager decides: the leader holds an
 * exclusive lock, the other candidates wait in its queue, and the browser releases it when the leader
 * closes or crashes, so the next one leads at once. Without it (older engines, jsdom, Node) the
 * candidates elect over a BroadcastChannel: the leader announces itself every `heartbeatMs`, a
 * candidate that hears no leader for three beats takes over, and of two leaders the one with the
 * smaller ID keeps leading, so a tie ends within one beat.
 */

export interface Leadership {
  readonly isLeader: boolean
  /** Wants to lead (true) or gives leadership away and stops competing (false). */
  setCandidate(candidate: boolean): void
  close(): void
}

export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>
}

export interface ChannelLike {
  postMessage(message: unknown): void
  close(): void
  onmessage: ((event: MessageEvent) => void) | null
}

export interface LeadershipOptions {
  /** Called whenever this tab starts or stops leading. */
  onChange: (leader: boolean) => void
  /** Web Locks; `null` forces the BroadcastChannel election. Default: `navigator.locks` when present. */
  locks?: LockManagerLike | null
  /** Default: a BroadcastChannel named `name` (used only without Web Locks). */
  channel?: () => ChannelLike
  heartbeatMs?: number
}

type Beat = { leadership: 'beat' | 'resign'; id: string }

function defaultLocks(): LockManagerLike | null {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManagerLike })
  return nav?.locks ?? null
}

let counter = 0
function newId(): string {
  counter += 1
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2)
  return `${random}-${counter}`
}

export function createLeadership(name: string, options: LeadershipOptions): Leadership {
  const locks = options.locks === undefined ? defaultLocks() : options.locks
  return locks ? lockLeadership(name, locks, options.onChange) : channelLeadership(name, options)
}

function lockLeadership(name: string, locks: LockManagerLike, onChange: (leader: boolean) => void): Leadership {
  let leader = false
  let candidate = false
  let closed = false
  let abort: AbortController | null = null
  let release: (() => void) | null = null

  function compete(): void {
    const controller = new AbortController()
    abort = controller
    locks
      .request(name, { signal: controller.signal }, () => {
        abort = null
        // Granted after the tab stopped competing (the abort raced the grant): hand it on at once.
        if (!candidate || closed) return Promise.resolve()
        leader = true
        onChange(true)
        return new Promise<void>((resolve) => {
          release = resolve
        })
      })
      .catch(() => undefined)
  }

  function step(next: boolean): void {
    if (closed || next === candidate) return
    candidate = next
    if (next) {
      compete()
      return
    }
    abort?.abort()
    abort = null
    if (release) {
      const done = release
      release = null
      leader = false
      onChange(false)
      done()
    }
  }

  return leadershipHandle(
    () => leader,
    step,
    () => {
      closed = true
    },
  )
}

function channelLeadership(name: string, options: LeadershipOptions): Leadership {
  const heartbeatMs = options.heartbeatMs ?? 1000
  const id = newId()
  const channel: ChannelLike = options.channel ? options.channel() : (new BroadcastChannel(name) as unknown as ChannelLike)
  let leader = false
  let candidate = false
  let closed = false
  let lastHeard = -Infinity
  let timer: ReturnType<typeof setInterval> | null = null

  function setLeader(next: boolean): void {
    if (leader === next) return
    leader = next
    options.onChange(next)
  }

  function beat(): void {
    channel.postMessage({ leadership: 'beat', id } satisfies Beat)
  }

  function check(): void {
    if (leader) {
      beat()
      return
    }
    if (candidate && Date.now() - lastHeard >= 3 * heartbeatMs) {
      setLeader(true)
      beat()
    }
  }

  channel.onmessage = (event: MessageEvent) => {
    const message = event.data as Partial<Beat> | null
    if (!message || typeof message !== 'object' || typeof message.id !== 'string') return
    if (message.leadership === 'resign') {
      // Candidates take over at their next check rather than all at once (the beat ends a tie).
      lastHeard = -Infinity
      return
    }
    if (message.leadership !== 'beat') return
    if (leader && message.id < id) setLeader(false)
    if (!leader || message.id < id) lastHeard = Date.now()
  }

  function step(next: boolean): void {
    if (closed || next === candidate) return
    candidate = next
    if (next) {
      // A tab that just arrived first listens for a leader before it claims.
      if (lastHeard === -Infinity) lastHeard = Date.now()
      timer = setInterval(check, Math.max(10, Math.floor(heartbeatMs / 2)))
      return
    }
    if (timer) clearInterval(timer)
    timer = null
    if (leader) {
      setLeader(false)
      channel.postMessage({ leadership: 'resign', id } satisfies Beat)
    }
  }

  return leadershipHandle(
    () => leader,
    step,
    () => {
      closed = true
      channel.onmessage = null
      channel.close()
    },
  )
}

/** What either way of leading hands out: closing first stops competing, then lets go of its resources. */
function leadershipHandle(isLeader: () => boolean, setCandidate: (candidate: boolean) => void, release: () => void): Leadership {
  return {
    get isLeader() {
      return isLeader()
    },
    setCandidate,
    close() {
      setCandidate(false)
      release()
    },
  }
}
