import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { keyName, useKeyboardShortcuts, type KeyboardShortcut } from '@/composables/useKeyboardShortcuts'

let wrapper: VueWrapper | null = null

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

function mountWith(shortcuts: KeyboardShortcut[], enabled = ref(true)) {
  wrapper = mount(
    defineComponent({
      setup() {
        useKeyboardShortcuts(shortcuts, { enabled })
        return () => h('div', [h('input', { 'data-testid': 'field' }), h('button', { 'data-testid': 'button' }, 'ok')])
      },
    }),
    { attachTo: document.body },
  )
  return wrapper
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('keyName', () => {
  it('keeps printable characters as typed and names modifiers for the rest', () => {
    expect(keyName({ key: '?', shiftKey: true, ctrlKey: false, altKey: false, metaKey: false })).toBe('?')
    expect(keyName({ key: 'X', shiftKey: true, ctrlKey: false, altKey: false, metaKey: false })).toBe('X')
    expect(keyName({ key: 'ArrowDown', shiftKey: true, ctrlKey: false, altKey: false, metaKey: false })).toBe('shift+ArrowDown')
    expect(keyName({ key: 'K', shiftKey: true, ctrlKey: true, altKey: false, metaKey: false })).toBe('ctrl+shift+k')
    expect(keyName({ key: ' ', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false })).toBe('Space')
  })
})

describe('useKeyboardShortcuts', () => {
  it('runs single keys and two-key sequences', () => {
    const fired: string[] = []
    mountWith([
      { keys: 'j', handler: () => fired.push('j') },
      { keys: 'g d', handler: () => fired.push('g d') },
      { keys: '?', handler: () => fired.push('?') },
    ])
    press('j')
    press('g')
    press('d')
    press('?', { shiftKey: true })
    expect(fired).toEqual(['j', 'g d', '?'])
  })

  it('ignores keys typed into text fields unless the shortcut allows it', () => {
    const fired: string[] = []
    const wrapper = mountWith([
      { keys: 'j', handler: () => fired.push('j') },
      { keys: 'Escape', handler: () => fired.push('Escape'), allowInInput: true },
    ])
    const field = wrapper.get('[data-testid="field"]').element
    const typed = press('j', {}, field)
    press('Escape', {}, field)
    expect(fired).toEqual(['Escape'])
    expect(typed.defaultPrevented).toBe(false)
  })

  it('leaves browser shortcuts with Ctrl alone and stops when disabled', () => {
    const fired: string[] = []
    const enabled = ref(true)
    mountWith([{ keys: 'c', handler: () => fired.push('c') }], enabled)
    const copy = press('c', { ctrlKey: true })
    expect(copy.defaultPrevented).toBe(false)
    enabled.value = false
    press('c')
    expect(fired).toEqual([])
    enabled.value = true
    press('c')
    expect(fired).toEqual(['c'])
  })

  it('falls back to the single key when a sequence does not continue', () => {
    const fired: string[] = []
    mountWith([
      { keys: 'g d', handler: () => fired.push('g d') },
      { keys: 'j', handler: () => fired.push('j') },
    ])
    press('g')
    press('j')
    press('d')
    expect(fired).toEqual(['j'])
  })

  it('stops listening when the component goes away', () => {
    const fired: string[] = []
    const mounted = mountWith([{ keys: 'j', handler: () => fired.push('j') }])
    mounted.unmount()
    wrapper = null
    press('j')
    expect(fired).toEqual([])
  })
})
