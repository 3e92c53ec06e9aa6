/**
 * How long the pointer must rest on a link or row before its target is fetched ahead: long enough
 * that sweeping across a list fetches nothing, short against the ~300 ms between a pointer
 * settling and the click.
 */
export const INTENT_DELAY_MS = 80

export interface IntentListeners {
  onPointerenter: () => void
  onPointerleave: () => void
  onPointerdown: () => void
  onFocusin: () => void
  onFocusout: () => void
}

/**
 * Listeners that call `act` when the agent is about to open something: the pointer resting on it
 * (after {@link INTENT_DELAY_MS}), keyboard focus on it (same delay), or a pointer-down (at once:
 * the click follows within ~100 ms). `act` should be cheap to repeat; it may run more than once.
 */
export function intentListeners(act: () => void, delayMs = INTENT_DELAY_MS): IntentListeners {
  let timer: ReturnType<typeof setTimeout> | null = null
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const soon = () => {
    cancel()
    timer = setTimeout(() => {
      timer = null
      act()
    }, delayMs)
  }
  return {
    onPointerenter: soon,
    onPointerleave: cancel,
    onPointerdown: () => {
      cancel()
      act()
    },
    onFocusin: soon,
    onFocusout: cancel,
  }
}
