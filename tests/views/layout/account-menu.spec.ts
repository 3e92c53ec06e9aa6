import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import AccountMenu from '@/views/layout/AccountMenu.vue'
import { createTestI18n } from '../../support/i18n'

let wrapper: VueWrapper | null = null

function mountMenu() {
  wrapper = mount(AccountMenu, {
    props: { agentName: 'Anna Fuller', email: 'anna.full@example.test', initials: 'AF' },
    global: { plugins: [createTestI18n('en')] },
    attachTo: document.body,
  })
  return wrapper
}

const menu = () => wrapper!.get('[role="menu"]')
const items = () => wrapper!.findAll('[role="menuitem"]')
const trigger = () => wrapper!.get('[data-testid="account-menu"]')

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('AccountMenu', () => {
  it('shows the agent, opens on click with the e-mail and the three actions, and reports the choice', async () => {
    mountMenu()
    expect(trigger().text()).toContain('Anna Fuller')
    expect(trigger().attributes('aria-expanded')).toBe('false')
    expect(menu().isVisible()).toBe(false)

    await trigger().trigger('click')
    expect(trigger().attributes('aria-expanded')).toBe('true')
    expect(menu().isVisible()).toBe(true)
    expect(menu().text()).toContain('anna.full@example.test')
    expect(items().map((item) => item.text())).toEqual(['Preferences', 'About', 'Sign out'])

    await items()[2].trigger('click')
    expect(wrapper!.emitted('select')).toEqual([['logout']])
    expect(menu().isVisible()).toBe(false)
  })

  it('works from the keyboard: arrow down opens on the first item, arrows move, Escape returns to the button', async () => {
    mountMenu()
    await trigger().trigger('keydown', { key: 'ArrowDown' })
    await nextTick()
    expect(menu().isVisible()).toBe(true)
    expect(document.activeElement).toBe(items()[0].element)

    await items()[0].trigger('keydown', { key: 'ArrowDown' })
    await nextTick()
    expect(document.activeElement).toBe(items()[1].element)
    await items()[1].trigger('keydown', { key: 'ArrowUp' })
    await items()[0].trigger('keydown', { key: 'ArrowUp' })
    await nextTick()
    expect(document.activeElement).toBe(items()[2].element)

    await items()[2].trigger('keydown', { key: 'Escape' })
    expect(menu().isVisible()).toBe(false)
    expect(document.activeElement).toBe(trigger().element)
  })

  it('closes when the agent clicks elsewhere', async () => {
    mountMenu()
    await trigger().trigger('click')
    expect(menu().isVisible()).toBe(true)
    // A person's next click comes in a later task than the one that opened the menu.
    await new Promise((resolve) => setTimeout(resolve, 0))
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await nextTick()
    expect(menu().isVisible()).toBe(false)
  })
})
