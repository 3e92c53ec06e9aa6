/**
 * Round trips from request timings alone. A request "waits for" another when it started only after
 * the other had finished; the longest such chain is the critical path. Timings cannot prove a
 * dependency, so this is an upper bound: two unrelated requests that happen to run one after the
 * other still count as a chain. That is the safe side for a budget.
 */
export interface RequestTiming {
  /** Anything that names the request in a report, e.g. `tickets/getTicketList`. */
  label: string
  /** Milliseconds on any clock shared by all requests of one measurement. */
  start: number
  end: number
}

export interface CriticalPath {
  /** Requests on the longest chain (0 when there were no requests). */
  depth: number
  /** The chain itself, first request first. */
  chain: RequestTiming[]
}

/**
 * Requests that start within this many ms of another one's end are treated as parallel to it:
 * the browser and the timing source round, and a request fired from the same tick as a response
 * handler has not waited for that response.
 */
export const CHAIN_TOLERANCE_MS = 1

function waitsFor(later: RequestTiming, earlier: RequestTiming, tolerance: number): boolean {
  return later.start >= earlier.end + tolerance
}

/**
 * The wave of every request: 1 for those that waited for nothing, n + 1 for those that waited for a
 * request of wave n. Returned in the order of `requests`.
 */
export function requestWaves(requests: readonly RequestTiming[], tolerance = CHAIN_TOLERANCE_MS): number[] {
  const order = requests.map((_, index) => index).sort((a, b) => requests[a].start - requests[b].start)
  const waves = new Array<number>(requests.length).fill(1)
  for (const index of order) {
    for (const other of order) {
      if (other === index) continue
      if (waitsFor(requests[index], requests[other], tolerance)) waves[index] = Math.max(waves[index], waves[other] + 1)
    }
  }
  return waves
}

/**
 * The longest chain of requests each of which started after the previous one had finished, ending
 * at a request the milestone needed (`isNeeded`, default: every request). Requests the page fires
 * after it has drawn itself (menus, pickers) may still run before the milestone is seen on a busy
 * machine; naming what the milestone needs keeps them out of its round trips.
 */
export function criticalPath<T extends RequestTiming>(
  requests: readonly T[],
  isNeeded: (request: T) => boolean = () => true,
  tolerance = CHAIN_TOLERANCE_MS,
): CriticalPath {
  const waves = requestWaves(requests, tolerance)
  // Within a wave the request that answered last is the one that held the next wave up.
  const later = (at: number, than: number) => than === -1 || waves[at] > waves[than] || (waves[at] === waves[than] && requests[at].end > requests[than].end)
  let index = -1
  requests.forEach((request, at) => {
    if (isNeeded(request) && later(at, index)) index = at
  })
  if (index === -1) return { depth: 0, chain: [] }
  const depth = waves[index]
  const chain: RequestTiming[] = [requests[index]]
  for (let wave = depth - 1; wave >= 1; wave -= 1) {
    const current = requests[index]
    let previous = -1
    requests.forEach((candidate, at) => {
      if (waves[at] === wave && waitsFor(current, candidate, tolerance) && (previous === -1 || candidate.end > requests[previous].end)) previous = at
    })
    index = previous
    chain.unshift(requests[index])
  }
  return { depth, chain }
}

/** How many distinct waves a set of requests spread over (1 = all of them in parallel). */
export function waveCount(requests: readonly RequestTiming[], all: readonly RequestTiming[], tolerance = CHAIN_TOLERANCE_MS): number {
  const waves = requestWaves(all, tolerance)
  const used = new Set<number>()
  for (const request of requests) {
    const at = all.indexOf(request)
    if (at !== -1) used.add(waves[at])
  }
  return used.size
}
