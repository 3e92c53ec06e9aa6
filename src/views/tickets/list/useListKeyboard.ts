import { computed, nextTick, ref, watch, type Ref } from 'vue'
import { useKeyModifier } from '@vueuse/core'
import type { Ticket } from '@/api/types'
import { useKeyboardShortcuts, type KeyboardShortcut } from '@/composables/useKeyboardShortcuts'
import { usePreferencesStore } from '@/stores/preferences'

export interface ListKeyboardActions {
  open: (ticket: Ticket) => void
  focusSearch: () => void
  page: (delta: -1 | 1) => boolean
  refresh: () => void
  showHelp: () => void
}

/**
 * Keyboard triage of the visible page: a focused row (j/k, arrows), selection (x, Shift for
 * ranges, a for all, Esc to clear), open (Enter/o), search (/), pages ([ ]), refresh (r), ? for
 * help (g d / g l belong to the shell: AppLayout.vue). The focus follows its ticket across refreshes.
 */
export function useListKeyboard(
  rows: Ref<Ticket[]>,
  checked: Ref<number[]>,
  actions: ListKeyboardActions,
  /** False while a dialog or drawer has the agent's attention. */
  active: () => boolean,
) {
  const preferences = usePreferencesStore()
  const focusedIndex = ref(-1)
  const focusedId = computed(() => rows.value[focusedIndex.value]?.TicketID ?? null)
  let anchor: number | null = null
  let focusAfterLoad: 'first' | 'last' | null = null
  const shiftHeld = useKeyModifier('Shift', { initial: false })

  watch(rows, (next, previous) => {
    const keptId = previous?.[focusedIndex.value]?.TicketID
    const kept = keptId === undefined ? -1 : next.findIndex((ticket) => ticket.TicketID === keptId)
    anchor = null
    if (focusAfterLoad) {
      focusedIndex.value = focusAfterLoad === 'first' ? 0 : next.length - 1
      focusAfterLoad = null
    } else if (kept >= 0) focusedIndex.value = kept
    else focusedIndex.value = Math.min(focusedIndex.value, next.length - 1)
  })

  function reveal(): void {
    void nextTick(() => {
      document.querySelector('.ticket-row--focused')?.scrollIntoView({ block: 'nearest' })
    })
  }

  function selectRange(from: number, to: number): void {
    const [start, end] = from <= to ? [from, to] : [to, from]
    const ids = rows.value.slice(start, end + 1).map((ticket) => ticket.TicketID)
    checked.value = [...new Set([...checked.value, ...ids])]
  }

  function move(delta: -1 | 1, extend = false): void {
    if (rows.value.length === 0) return
    if (focusedIndex.value < 0) {
      focusedIndex.value = delta > 0 ? 0 : rows.value.length - 1
      reveal()
      return
    }
    const next = focusedIndex.value + delta
    if (next < 0 || next >= rows.value.length) {
      if (!extend && actions.page(delta)) focusAfterLoad = delta > 0 ? 'first' : 'last'
      return
    }
    if (extend) {
      anchor ??= focusedIndex.value
      focusedIndex.value = next
      selectRange(anchor, next)
    } else {
      focusedIndex.value = next
    }
    reveal()
  }

  function toggleFocused(): void {
    const id = focusedId.value
    if (id === null) return
    anchor = focusedIndex.value
    checked.value = checked.value.includes(id) ? checked.value.filter((candidate) => candidate !== id) : [...checked.value, id]
  }

  function rangeToFocused(): void {
    if (focusedIndex.value < 0) return
    selectRange(anchor ?? focusedIndex.value, focusedIndex.value)
  }

  /** Enter on a button or link belongs to that control, not to the focused row. */
  function openFocused(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null
    if (target?.closest?.('button, a, [role="button"], [role="option"], [role="dialog"]')) return false
    const ticket = rows.value[focusedIndex.value]
    if (!ticket) return false
    actions.open(ticket)
    return true
  }

  const shortcuts: KeyboardShortcut[] = [
    { keys: 'j', handler: () => move(1) },
    { keys: 'ArrowDown', handler: () => move(1) },
    { keys: 'k', handler: () => move(-1) },
    { keys: 'ArrowUp', handler: () => move(-1) },
    { keys: 'J', handler: () => move(1, true) },
    { keys: 'K', handler: () => move(-1, true) },
    { keys: 'shift+ArrowDown', handler: () => move(1, true) },
    { keys: 'shift+ArrowUp', handler: () => move(-1, true) },
    { keys: 'x', handler: toggleFocused },
    { keys: 'X', handler: rangeToFocused },
    { keys: 'a', handler: () => (checked.value = rows.value.map((ticket) => ticket.TicketID)) },
    { keys: 'Escape', handler: () => (checked.value = []) },
    { keys: 'Enter', handler: openFocused },
    { keys: 'o', handler: openFocused },
    { keys: '/', handler: actions.focusSearch },
    { keys: ']', handler: () => actions.page(1) },
    { keys: '[', handler: () => actions.page(-1) },
    { keys: 'r', handler: actions.refresh },
    { keys: '?', handler: actions.showHelp },
  ]

  useKeyboardShortcuts(shortcuts, { enabled: () => preferences.shortcutsEnabled && active() })

  /**
   * The table's checkbox changed: remember where the agent clicked, and with Shift held select
   * everything from the previous click to this one.
   */
  function onChecked(keys: number[], meta: { row?: Ticket; action: string }): void {
    const row = meta.row
    const index = row ? rows.value.findIndex((ticket) => ticket.TicketID === row.TicketID) : -1
    checked.value = keys
    if (index < 0) return
    if (shiftHeld.value && anchor !== null && meta.action === 'check') selectRange(anchor, index)
    anchor = index
    focusedIndex.value = index
  }

  function focusRow(ticketId: number): void {
    focusedIndex.value = rows.value.findIndex((ticket) => ticket.TicketID === ticketId)
  }

  return { focusedIndex, focusedId, onChecked, focusRow }
}
