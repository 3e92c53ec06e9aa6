import { getCurrentScope, onScopeDispose } from 'vue'
import type { PiniaPluginContext, StateTree } from 'pinia'

/**
 * Pinia plugin: remembers every store's initial state so logout can return the whole app to a
 * clean slate (setup stores have no $reset of their own).
 */
const initialStates = new Map<string, { restore: () => void }>()
const resetListeners = new Set<() => void>()

export function resettableStoresPlugin({ store }: PiniaPluginContext): void {
  if (store.$id === 'session') return
  const initial = structuredClone(JSON.parse(JSON.stringify(store.$state)) as StateTree)
  initialStates.set(store.$id, {
    restore: () => store.$patch((state) => Object.assign(state, structuredClone(initial))),
  })
}

/**
 * For what a store keeps outside its state (in-flight loads, request caches in its closure): the
 * listener runs on every reset, before the states return to their initial values, so nothing of
 * the previous agent can come back later. Call it in a setup store; the store's disposal undoes it.
 */
export function onStoresReset(listener: () => void): void {
  resetListeners.add(listener)
  if (getCurrentScope()) onScopeDispose(() => resetListeners.delete(listener))
}

/** Returns every store (but the session, which clears itself) to its initial state. */
export function resetAllStores(): void {
  for (const listener of [...resetListeners]) listener()
  for (const entry of initialStates.values()) entry.restore()
}
