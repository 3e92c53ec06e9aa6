import { computed, onScopeDispose, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'
import { useDocumentVisibility, useIntervalFn } from '@vueuse/core'

export type RefreshMode = 'initial' | 'manual' | 'auto'

export interface LiveRefresh {
  /** Browser time (ms) when the last refresh that brought data finished; null before the first one. */
  updatedAt: Ref<number | null>
  running: Ref<boolean>
  /** Auto-refresh is switched on (interval above 0). */
  enabled: ComputedRef<boolean>
  /** Switched on, but waiting because the tab is hidden. */
  paused: ComputedRef<boolean>
  refreshNow: (mode?: RefreshMode) => Promise<void>
}

/**
 * Runs `refresh` now and then every `intervalSeconds` (0 = never), but not while the tab is
 * hidden: coming back to a stale screen refreshes it at once. Rounds never overlap, and a manual
 * refresh restarts the period so the next automatic one is a full interval away. A round whose
 * `refresh` answers `false` brought nothing (it failed as a whole): "updated" keeps its old time.
 */
export function useLiveRefresh(refresh: (mode: RefreshMode) => Promise<void | boolean>, intervalSeconds: MaybeRefOrGetter<number>): LiveRefresh {
  const visibility = useDocumentVisibility()
  const updatedAt = ref<number | null>(null)
  const running = ref(false)
  const intervalMs = computed(() => Math.max(0, Math.floor(toValue(intervalSeconds))) * 1000)
  const enabled = computed(() => intervalMs.value > 0)
  const visible = computed(() => visibility.value !== 'hidden')
  const paused = computed(() => enabled.value && !visible.value)
  let pending: Promise<void> | null = null

  async function run(mode: RefreshMode): Promise<void> {
    if (pending) return pending
    running.value = true
    pending = (async () => {
      let brought = true
      try {
        brought = (await refresh(mode)) !== false
      } finally {
        if (brought) updatedAt.value = Date.now()
        running.value = false
        pending = null
      }
    })()
    return pending
  }

  const timer = useIntervalFn(() => void run('auto'), intervalMs, { immediate: false })

  function schedule(): void {
    if (enabled.value && visible.value) timer.resume()
    else timer.pause()
  }

  watch([enabled, visible, intervalMs], ([isEnabled, isVisible], [, wasVisible]) => {
    schedule()
    const stale = updatedAt.value !== null && Date.now() - updatedAt.value >= intervalMs.value
    if (isEnabled && isVisible && wasVisible === false && stale) void run('auto')
  })
  schedule()
  onScopeDispose(() => timer.pause())

  async function refreshNow(mode: RefreshMode = 'manual'): Promise<void> {
    await run(mode)
    schedule()
  }

  return { updatedAt, running, enabled, paused, refreshNow }
}
