import { watch } from 'vue'
import { useDocumentVisibility, useIntervalFn } from '@vueuse/core'

/**
 * Calls `refresh` every `seconds()` (0 turns it off) while the tab is visible. A tab that comes
 * back after the interval passed refreshes at once instead of waiting for the next tick.
 */
export function useAutoRefresh(seconds: () => number, refresh: () => void) {
  const visibility = useDocumentVisibility()
  let last = Date.now()

  function tick(): void {
    if (visibility.value !== 'visible') return
    last = Date.now()
    refresh()
  }

  const interval = useIntervalFn(tick, () => Math.max(5, seconds()) * 1000, { immediate: false })

  watch(
    [seconds, visibility],
    ([every, visible]) => {
      if (every <= 0 || visible !== 'visible') {
        interval.pause()
        return
      }
      if (Date.now() - last >= every * 1000) tick()
      interval.resume()
    },
    { immediate: true },
  )

  /** A manual refresh restarts the clock. */
  function touched(): void {
    last = Date.now()
  }

  return { touched }
}
