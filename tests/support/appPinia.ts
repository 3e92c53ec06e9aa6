import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { resettableStoresPlugin } from '@/stores/resetStores'

/** A fresh Pinia set up as main.ts does it (plugins apply once Pinia is installed in an app), and an empty session storage. */
export function useFreshAppPinia(): void {
  sessionStorage.clear()
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  createApp({}).use(pinia)
  setActivePinia(pinia)
}
