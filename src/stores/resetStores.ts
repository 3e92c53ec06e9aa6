import type { PiniaPluginContext, StateTree } from 'pinia'

/**
 * Pinia plugin: remembers every store's initial state so logout can return the whole app to a
 * clean slate (setup stores have no $reset of their own).
 */
const initialStates = new Map<string, { restore: () => void }>()

export function resettableStoresPlugin({ store }: PiniaPluginContext): void {
  if (store.$id === 'session') return
  const initial = structuredClone(JSON.parse(JSON.stringify(store.$state)) as StateTree)
  initialStates.set(store.$id, {
    restore: () => store.$patch((state) => Object.assign(state, structuredClone(initial))),
  })
}

/** Returns every store (but the session, which clears itself) to its initial state. */
export function resetAllStores(): void {
  for (const entry of initialStates.values()) entry.restore()
}
