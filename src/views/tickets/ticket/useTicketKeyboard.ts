import { useKeyboardShortcuts, type KeyboardShortcut } from '@/composables/useKeyboardShortcuts'
import { usePreferencesStore } from '@/stores/preferences'

export interface TicketKeyActions {
  note(): void
  reply(): void
  close(): void
  lock(): void
  watch(): void
  previous(): void
  next(): void
  back(): void
}

/** A dialog or a picker's menu has the keyboard: the page's shortcuts keep quiet. */
function overlayOpen(): boolean {
  return document.querySelector('.n-modal, .n-dialog, .n-base-select-menu, .n-date-panel') !== null
}

/** The ticket page's keys: n note, r reply, c close, l lock, w watch, [ ] previous/next, Esc back. */
export function useTicketKeyboard(actions: TicketKeyActions): void {
  const preferences = usePreferencesStore()
  const guarded = (run: () => void) => () => {
    if (overlayOpen()) return false
    run()
    return true
  }
  const shortcuts: KeyboardShortcut[] = [
    { keys: 'n', handler: guarded(actions.note) },
    { keys: 'r', handler: guarded(actions.reply) },
    { keys: 'c', handler: guarded(actions.close) },
    { keys: 'l', handler: guarded(actions.lock) },
    { keys: 'w', handler: guarded(actions.watch) },
    { keys: '[', handler: guarded(actions.previous) },
    { keys: ']', handler: guarded(actions.next) },
    { keys: 'Escape', handler: guarded(actions.back) },
  ]
  useKeyboardShortcuts(shortcuts, { enabled: () => preferences.shortcutsEnabled })
}
