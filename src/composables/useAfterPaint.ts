import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * False until the component's first frame is on screen, then true (in a task of its own). Parts
 * of a screen that need not be in its first frame wait for it: the frame comes sooner and no
 * single task draws everything.
 */
export function useAfterFirstPaint(): Ref<boolean> {
  const ready = ref(false)
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  onMounted(() => {
    if (typeof requestAnimationFrame !== 'function') {
      ready.value = true
      return
    }
    // rAF runs before the frame is drawn; the timeout after it, once the frame is out.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => (ready.value = true), 0)
    })
  })
  onBeforeUnmount(() => {
    if (frame) cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
  })
  return ready
}
