/** Compares two rounds of counts: which keys grew, and by how much. */

export interface CountGrowth<K> {
  key: K
  previous: number
  next: number
}

/** Keys whose count went up. Keys new in `next` (no previous count) are not growth. */
export function grownCounts<K>(previous: ReadonlyMap<K, number>, next: ReadonlyMap<K, number>): CountGrowth<K>[] {
  const grown: CountGrowth<K>[] = []
  for (const [key, count] of next) {
    const before = previous.get(key)
    if (before !== undefined && count > before) grown.push({ key, previous: before, next: count })
  }
  return grown
}
