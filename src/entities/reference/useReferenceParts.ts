import { computed } from 'vue'
import { useReferenceStore, type ReferencePart } from '@/stores/reference'

/**
 * How the reference data a control is drawn from stands: `loading` (first load or a retry under
 * way), `failed` (not there: the control must not pass an empty list for a real answer), and
 * `retry()` to ask again now (e.g. when the agent opens a list that could not be loaded).
 */
export function useReferenceParts(parts: readonly ReferencePart[]) {
  const reference = useReferenceStore()
  const failed = computed(() => parts.some((part) => reference.partStates[part] === 'error'))
  const loading = computed(() =>
    parts.some((part) => reference.partStates[part] === 'loading' || (reference.partStates[part] === 'error' && reference.retryingParts.includes(part))),
  )
  function retry(): void {
    if (failed.value) void reference.retryFailed().catch(() => undefined)
  }
  return { failed, loading, retry }
}
