import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import LanguageSwitch from '@/entities/preferences/LanguageSwitch.vue'
import ThemeSwitch from '@/entities/preferences/ThemeSwitch.vue'
import { usePreferencesStore } from '@/stores/preferences'
import { createTestI18n } from '../../support/i18n'

let pinia: Pinia

beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})

describe('LanguageSwitch', () => {
  it('offers every language as a button, the current one pressed, and stores the choice', async () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [pinia, createTestI18n('en')] } })
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Language')
    const buttons = wrapper.findAll('button')
    expect(buttons.map((button) => button.attributes('aria-label'))).toEqual(['EN (English)', 'RU (Русский)'])
    expect(buttons.map((button) => button.attributes('aria-pressed'))).toEqual(['true', 'false'])

    await buttons[1].trigger('click')
    expect(usePreferencesStore().locale).toBe('ru')
  })

  it('names its group in the console\'s language', () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [pinia, createTestI18n('ru')] } })
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Язык')
    expect(wrapper.findAll('button').map((button) => button.attributes('aria-pressed'))).toEqual(['false', 'true'])
  })
})

describe('ThemeSwitch', () => {
  it('has light, dark and follow-system buttons named in words, and applies a click at once', async () => {
    const preferences = usePreferencesStore()
    preferences.theme = 'light'
    const wrapper = mount(ThemeSwitch, { global: { plugins: [pinia, createTestI18n('en')] } })
    const buttons = wrapper.findAll('button')
    expect(buttons.map((button) => button.attributes('aria-label'))).toEqual(['Light', 'Dark', 'Follow system'])
    expect(buttons.map((button) => button.attributes('aria-pressed'))).toEqual(['true', 'false', 'false'])

    await buttons[1].trigger('click')
    expect(preferences.theme).toBe('dark')
    expect(buttons.map((button) => button.attributes('aria-pressed'))).toEqual(['false', 'true', 'false'])
  })
})
