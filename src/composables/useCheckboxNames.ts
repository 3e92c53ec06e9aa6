import { watch, type MaybeRefOrGetter, type WatchSource } from 'vue'
import { unrefElement, useMutationObserver, type MaybeElement } from '@vueuse/core'

/**
 * Names the check boxes a component draws without a label, such as the row and "all rows" boxes
 * of naive-ui's data table (its selection column takes no label and renders no <label>): a screen
 * reader would announce a bare "check box" 25 times. `nameOf` gets each `role="checkbox"` element
 * and returns its name (or null to leave it alone); it runs again whenever the rendered rows change
 * and whenever one of `sources` does (the data behind the names, the language).
 */
export function useCheckboxNames(
  target: MaybeRefOrGetter<MaybeElement>,
  nameOf: (checkbox: HTMLElement) => string | null,
  sources: WatchSource[] = [],
): void {
  function apply(): void {
    const root = unrefElement(target)
    if (!(root instanceof HTMLElement)) return
    for (const checkbox of root.querySelectorAll<HTMLElement>('[role="checkbox"]')) {
      const name = nameOf(checkbox)
      if (name === null) continue
      if (checkbox.getAttribute('aria-label') !== name) checkbox.setAttribute('aria-label', name)
      // naive-ui points aria-labelledby at a label it never renders; a dangling reference would
      // hide the name from some readers.
      const labelledBy = checkbox.getAttribute('aria-labelledby')
      if (labelledBy && !document.getElementById(labelledBy)) checkbox.removeAttribute('aria-labelledby')
    }
  }

  // Only added or removed elements matter: our own attribute writes do not trigger it again.
  useMutationObserver(target, apply, { childList: true, subtree: true })
  watch([() => unrefElement(target), ...sources], apply, { flush: 'post' })
}
