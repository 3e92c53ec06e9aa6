import type { RouteLocationRaw, Router } from 'vue-router'

/**
 * Downloads the code of the screen a link leads to (its lazy route chunks), so a click on it
 * waits for no chunk. Loading a chunk twice costs nothing: the module is fetched once.
 */
export function prefetchRouteChunks(router: Router, to: RouteLocationRaw): void {
  let matched
  try {
    matched = router.resolve(to).matched
  } catch {
    return
  }
  for (const record of matched) {
    for (const component of Object.values(record.components ?? {})) {
      // A lazy route component is a loader function until the router first resolves it.
      if (typeof component === 'function' && !('__vccOpts' in component) && component.length === 0) {
        void Promise.resolve()
          .then(() => (component as () => Promise<unknown>)())
          .catch(() => undefined)
      }
    }
  }
}
