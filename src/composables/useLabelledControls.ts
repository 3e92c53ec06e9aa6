import { watch, type MaybeRefOrGetter } from 'vue'
import { unrefElement, useMutationObserver, type MaybeElement } from '@vueuse/core'

/** What a label can point at: the text boxes inside naive-ui's inputs, selects and pickers. */
const CONTROL = 'input:not([type="hidden"]):not([type="file"]), textarea, select'

let lastId = 0

/**
 * Ties every field's visible label to the control inside it (`<label for>` and an id on the
 * control), for fields whose control cannot be given an id through a prop: naive-ui's tree select,
 * the shared pickers, dynamic field inputs. A screen reader then reads "Queue, combo box" instead of
 * "combo box", and a click on the label focuses the field.
 *
 * `item` selects one field inside `target`, `label` its label. Controls that already have a name
 * (an aria-label, or a label pointing at them) are left as they are. Runs again whenever the
 * fields' elements change (a picker appears once its data is there).
 */
export function useLabelledControls(target: MaybeRefOrGetter<MaybeElement>, item: string, label: string): void {
  function apply(): void {
    const root = unrefElement(target)
    if (!(root instanceof HTMLElement)) return
    const items = [...(root.matches(item) ? [root] : []), ...root.querySelectorAll<HTMLElement>(item)]
    for (const field of items) {
      const text = field.querySelector<HTMLLabelElement>(label)
      const control = field.querySelector<HTMLElement>(CONTROL)
      if (!text || !control || !(text instanceof HTMLLabelElement)) continue
      if (text.htmlFor && document.getElementById(text.htmlFor)) continue
      const named =
        control.hasAttribute('aria-label') ||
        control.hasAttribute('aria-labelledby') ||
        ((control as HTMLInputElement).labels?.length ?? 0) > 0
      if (named) continue
      control.id ||= `field-control-${++lastId}`
      text.htmlFor = control.id
    }
  }

  useMutationObserver(target, apply, { childList: true, subtree: true })
  // The observer sees only later changes: what the element already holds is tied when it appears.
  watch(() => unrefElement(target), apply, { flush: 'post', immediate: true })
}
