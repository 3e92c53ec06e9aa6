import { ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { useEventListener } from '@vueuse/core'

/**
 * One shortcut. `keys` is a key or a sequence of keys separated by spaces (`'g d'`). A key is
 * `event.key` as the browser reports it, so printable characters already carry Shift (`'?'`,
 * `'X'`); named keys and any key pressed with Ctrl/Alt/Meta take modifier prefixes in the order
 * `ctrl+alt+meta+shift+` (`'shift+ArrowDown'`, `'ctrl+k'`).
 */
export interface KeyboardShortcut {
  keys: string
  /** Return `false` to leave the key to the page (nothing is prevented then). */
  handler: (event: KeyboardEvent) => unknown
  /** Fire even while the focus is in a text field (default: no, typing wins). */
  allowInInput?: boolean
}

export interface KeyboardShortcutOptions {
  /** Turn all shortcuts off (e.g. the agent's preference); default on. */
  enabled?: MaybeRefOrGetter<boolean>
  /** How long the next key of a sequence is awaited. */
  sequenceTimeoutMs?: number
  /** Where to listen; default `window`. */
  target?: MaybeRefOrGetter<EventTarget | null | undefined>
}

/** The name of the key an event stands for, in the notation of {@link KeyboardShortcut.keys}. */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): string {
  const key = event.key === ' ' ? 'Space' : event.key
  const printable = key.length === 1
  const withCommand = event.ctrlKey || event.altKey || event.metaKey
  // Shift is already part of a printable character ('?' is Shift+/): name it only otherwise.
  if (printable && !withCommand) return key
  let prefix = ''
  if (event.ctrlKey) prefix += 'ctrl+'
  if (event.altKey) prefix += 'alt+'
  if (event.metaKey) prefix += 'meta+'
  if (event.shiftKey) prefix += 'shift+'
  return prefix + (printable ? key.toLowerCase() : key)
}

/** Whether the event comes from a place where keys mean text (fields, editors). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  const tag = element.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (element as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type)
}

/**
 * Page-wide keyboard shortcuts with key sequences (`g d`). Knows nothing about what the keys do.
 * Keys typed into text fields are left alone unless a shortcut says otherwise, and keys with
 * Ctrl/Alt/Meta never match a shortcut that does not name them, so browser shortcuts keep working.
 * Listeners go away with the calling component.
 */
export function useKeyboardShortcuts(
  shortcuts: MaybeRefOrGetter<readonly KeyboardShortcut[]>,
  options: KeyboardShortcutOptions = {},
): { pendingSequence: Ref<string> } {
  const timeoutMs = options.sequenceTimeoutMs ?? 1200
  const pendingSequence = ref('')
  let timer: ReturnType<typeof setTimeout> | null = null

  function resetSequence(): void {
    pendingSequence.value = ''
    if (timer) clearTimeout(timer)
    timer = null
  }

  function find(sequence: string, typing: boolean): KeyboardShortcut | undefined {
    return toValue(shortcuts).find((shortcut) => shortcut.keys === sequence && (!typing || shortcut.allowInInput))
  }

  function isPrefix(sequence: string, typing: boolean): boolean {
    return toValue(shortcuts).some((shortcut) => shortcut.keys.startsWith(`${sequence} `) && (!typing || shortcut.allowInInput))
  }

  function onKeydown(event: KeyboardEvent): void {
    if (toValue(options.enabled ?? true) === false || event.isComposing) return
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return
    const typing = isTypingTarget(event.target)
    const key = keyName(event)
    const candidates = pendingSequence.value ? [`${pendingSequence.value} ${key}`, key] : [key]
    for (const sequence of candidates) {
      const match = find(sequence, typing)
      if (match) {
        resetSequence()
        if (match.handler(event) !== false) event.preventDefault()
        return
      }
      if (isPrefix(sequence, typing)) {
        resetSequence()
        pendingSequence.value = sequence
        timer = setTimeout(resetSequence, timeoutMs)
        event.preventDefault()
        return
      }
    }
    resetSequence()
  }

  useEventListener(() => toValue(options.target) ?? window, 'keydown', onKeydown as EventListener)
  return { pendingSequence }
}
