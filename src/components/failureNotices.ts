import { defineAsyncComponent } from 'vue'

/**
 * Notices that only a failure shows (a screen's error state, stale data, reference data that did
 * not load). The dashboard's first screen does not wait for their code: it is fetched once that
 * screen is complete (`preloadFailureNotices`, see utils/afterFirstScreen.ts), well before a failure needs it, and at the latest
 * when a failure shows one.
 */
const loaders = {
  errorState: () => import('./ErrorState.vue'),
  staleDataNotice: () => import('@/views/dashboard/components/StaleDataNotice.vue'),
  referenceLoadNotice: () => import('@/views/layout/ReferenceLoadNotice.vue'),
}

export const LazyErrorState = defineAsyncComponent(loaders.errorState)
export const LazyStaleDataNotice = defineAsyncComponent(loaders.staleDataNotice)
export const LazyReferenceLoadNotice = defineAsyncComponent(loaders.referenceLoadNotice)

let preloaded = false
/** Fetches the notices' code (once; a failed fetch is tried again when a notice is shown). */
export function preloadFailureNotices(): void {
  if (preloaded) return
  preloaded = true
  for (const load of Object.values(loaders)) void load().catch(() => undefined)
}
