import { computed, getCurrentScope, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { afterNextPaint } from './useAfterPaint'

/**
 * A copy of `source` for a costly part of a screen: it follows every change at once while the
 * value stays about the same thing (`identity`), and a frame later when it turns to another thing
 * (the next ticket), so the rest of the screen is drawn first. `switching` is true while the copy
 * still shows the previous thing: the part must be marked and kept from use meanwhile. Until
 * `lagging()` allows it (the part is not drawn yet) the copy follows at once.
 */
export function useFollowAfterPaint<T>(source: Readonly<Ref<T | null>>, identity: (value: T) => unknown, lagging: () => boolean) {
  const shown = shallowRef<T | null>(source.value)
  const switching = computed(() => {
    const current = source.value
    const copy = shown.value
    return current !== null && copy !== null && identity(current) !== identity(copy)
  })
  let cancel: (() => void) | null = null

  watch(source, (next) => {
    cancel?.()
    cancel = null
    const copy = shown.value
    if (!lagging() || next === null || copy === null || identity(next) === identity(copy)) shown.value = next
    else
      cancel = afterNextPaint(() => {
        cancel = null
        shown.value = source.value
      })
  })
  if (getCurrentScope()) onScopeDispose(() => cancel?.())

  return { shown, switching }
}
