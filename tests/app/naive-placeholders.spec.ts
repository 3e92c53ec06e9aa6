import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NInput, NSelect } from 'naive-ui'
import App from '@/app/App.vue'
import { loadRussianLocale } from '@/app/lazyNaiveUi'
import { type SupportedLocale } from '@/i18n'
import { createTestI18n } from '../support/i18n'

const Fields = defineComponent(() => () => [
  h(NInput, { 'data-testid': 'plain-input' }),
  h(NInput, { 'data-testid': 'own-placeholder', placeholder: 'e.g. anna.full' }),
  h(NSelect, { 'data-testid': 'plain-select', options: [{ label: 'Raw', value: 1 }] }),
])

async function mountApp(locale: SupportedLocale) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Fields }] })
  await router.push('/')
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [createPinia(), createTestI18n(locale), router] } })
  await flushPromises()
  return wrapper
}

describe('naive-ui placeholders', () => {
  it('leave a field without a placeholder of its own empty and ask selects to choose, in English', async () => {
    const wrapper = await mountApp('en')
    expect(wrapper.get('[data-testid="plain-input"] input').attributes('placeholder')).toBe('')
    expect(wrapper.get('[data-testid="own-placeholder"] input').attributes('placeholder')).toBe('e.g. anna.full')
    expect(wrapper.get('[data-testid="plain-select"]').text()).toBe('Choose…')
    expect(wrapper.text()).not.toContain('Please')
  })

  it('say the same in Russian', async () => {
    await loadRussianLocale()
    const wrapper = await mountApp('ru')
    expect(wrapper.get('[data-testid="plain-input"] input').attributes('placeholder')).toBe('')
    expect(wrapper.get('[data-testid="plain-select"]').text()).toBe('Выберите…')
  })
})
