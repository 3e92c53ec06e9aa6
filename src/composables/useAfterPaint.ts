import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * Runs `work` once the next frame is on screen, in a task of its own (rAF runs before the frame is
 * drawn; the timeout after it, once the frame is out). Returns a cancel function. Without frames
 * (tests in jsdom) the work runs in a timeout.
 */
export function afterNextPaint(work: () => void): () => void {
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 0)
  } else {
    frame = requestAnimationFrame(() => {
      frame = 0
      timer = setTimeout(work, 0)
    })
  }
  return () => {
    if (frame) cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
  }
}

/**
 * False until the component's first frame is on screen, then true (in a task of its own). Parts
 * of a screen that need not be in its first frame wait for it: the frame comes sooner and no
 * single task draws everything.
 */
export function useAfterFirstPaint(): Ref<boolean> {
  const ready = ref(false)
  let cancel: (() => void) | null = null
  onMounted(() => {
    if (typeof requestAnimationFrame !== 'function') ready.value = true
    else cancel = afterNextPaint(() => (ready.value = true))
  })
  onBeforeUnmount(() => cancel?.())
  return ready
}
