/**
 * Seeded pseudo-random numbers (mulberry32). The simulator never uses Math.random, so the same
 * seed always builds the same world and the same fault sequence.
 */
export interface Prng {
  /** Float in [0, 1) */
  next(): number
  /** Integer in [min, max] */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks by weight: entries are [value, weight] */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  chance(probability: number): boolean
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return entries[entries.length - 1][0]
    },
    chance: (probability) => next() < probability,
  }
}
