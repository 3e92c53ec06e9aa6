/** Median of the samples; null for none (the figure was not measured). */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function round(value: number | null, digits = 0): number | null {
  if (value === null) return null
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export interface FrameStats {
  frames: number
  /** The display's frame interval as the page saw it (median gap between frames). */
  intervalMs: number
  /** Frames the display showed without a new picture from the page. */
  dropped: number
  droppedShare: number
  longestMs: number
}

/** Headless Chromium draws at 60 Hz. */
export const FRAME_INTERVAL_MS = 1000 / 60

/**
 * Dropped frames from requestAnimationFrame timestamps: a gap of n display intervals means n − 1
 * frames went by without the page drawing. The interval is the display's, not the median gap: on a
 * page that is always late the median would call every late frame "on time".
 */
export function frameStats(timestamps: readonly number[], interval = FRAME_INTERVAL_MS): FrameStats {
  const gaps: number[] = []
  for (let index = 1; index < timestamps.length; index += 1) gaps.push(timestamps[index] - timestamps[index - 1])
  if (gaps.length === 0) return { frames: timestamps.length, intervalMs: interval, dropped: 0, droppedShare: 0, longestMs: 0 }
  let dropped = 0
  for (const gap of gaps) dropped += Math.max(0, Math.round(gap / interval) - 1)
  const shown = gaps.length + dropped
  return {
    frames: timestamps.length,
    intervalMs: interval,
    dropped,
    droppedShare: shown === 0 ? 0 : dropped / shown,
    longestMs: Math.max(...gaps),
  }
}

/** Groups timestamps into bursts separated by more than `gapMs` of silence; returns how many. */
export function burstCount(timestamps: readonly number[], gapMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b)
  let bursts = 0
  sorted.forEach((stamp, index) => {
    if (index === 0 || stamp - sorted[index - 1] > gapMs) bursts += 1
  })
  return bursts
}

/** Slope of the least-squares line through (index, value): growth per step. */
export function slope(values: readonly number[]): number {
  const n = values.length
  if (n < 2) return 0
  const meanX = (n - 1) / 2
  const meanY = values.reduce((sum, value) => sum + value, 0) / n
  let numerator = 0
  let denominator = 0
  values.forEach((value, index) => {
    numerator += (index - meanX) * (value - meanY)
    denominator += (index - meanX) ** 2
  })
  return numerator / denominator
}
