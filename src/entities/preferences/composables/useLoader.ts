import { shallowRef, type ShallowRef } from 'vue'

export type LoadState = 'idle' | 'loading' | 'done' | 'error'

export interface Loader<T> {
  state: ShallowRef<LoadState>
  data: ShallowRef<T | null>
  error: ShallowRef<unknown>
  /** Runs the read (again); a slower earlier run never overwrites a newer one. */
  load: () => Promise<void>
}

/** One read with an explicit state for the screen: loading, done, or an error to show with a retry. */
export function useLoader<T>(read: (signal: AbortSignal) => Promise<T>): Loader<T> {
  const state = shallowRef<LoadState>('idle')
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)
  let current: AbortController | null = null

  async function load(): Promise<void> {
    current?.abort()
    const controller = new AbortController()
    current = controller
    state.value = 'loading'
    error.value = null
    try {
      const result = await read(controller.signal)
      if (current !== controller) return
      data.value = result
      state.value = 'done'
    } catch (failure) {
      if (current !== controller) return
      error.value = failure
      state.value = 'error'
    }
  }

  return { state, data, error, load }
}
