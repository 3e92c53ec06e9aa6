/**
 * Repairs two pieces of naive-ui 2.45 markup that no prop reaches, for every card and card dialog
 * the console shows (axe's aria-required-attr and aria-dialog-name):
 * - a card header is `role="heading"` twice over (the header row and its title, the close button
 *   inside) with no level: the row becomes a plain container and the title a level-2 heading;
 * - a dialog drawn as a card (`NModal preset="card"`) has no accessible name: it is named by its
 *   title.
 * naive-ui patches only classes and styles of these elements after the first render, so the
 * repaired attributes stay; elements rendered anew pass through here again.
 */
const HEADER = '.n-card-header[role="heading"]'
const TITLE = '.n-card-header__main[role="heading"]:not([aria-level])'
const DIALOG = '.n-card[role="dialog"]:not([aria-labelledby]):not([aria-label])'

let lastId = 0

function repair(root: Element): void {
  const within = <T extends Element>(selector: string): T[] => [
    ...(root.matches(selector) ? [root as T] : []),
    ...root.querySelectorAll<T>(selector),
  ]
  for (const header of within(HEADER)) header.setAttribute('role', 'none')
  for (const title of within(TITLE)) title.setAttribute('aria-level', '2')
  for (const dialog of within(DIALOG)) {
    const title = dialog.querySelector('.n-card-header__main')
    if (!title || !title.textContent?.trim()) continue
    title.id ||= `card-title-${++lastId}`
    dialog.setAttribute('aria-labelledby', title.id)
  }
}

export function repairNaiveAria(root: HTMLElement = document.body): MutationObserver {
  repair(root)
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) repair(node)
    }
  })
  observer.observe(root, { childList: true, subtree: true })
  return observer
}
