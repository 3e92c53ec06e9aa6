import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import CustomerPicker from '@/entities/customer/CustomerPicker.vue'
import { resetCustomerCompanies } from '@/entities/customer/composables/useCustomerCompanies'
import { createTestI18n } from '../../support/i18n'
import { startRecordingProxy } from './support/recordingProxy'
import { signInApi } from './support/signedInApi'

const DEBOUNCE_MS = 200
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>
let wrapper: VueWrapper | null = null

beforeAll(async () => {
  proxy = await startRecordingProxy()
})
afterAll(async () => {
  await proxy.close()
})
beforeEach(async () => {
  proxy.reset()
  resetCustomerCompanies()
  await signInApi(proxy.apiBase)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

function mountPicker(props: Record<string, unknown> = {}) {
  wrapper = mount(CustomerPicker, {
    props: { debounceMs: DEBOUNCE_MS, ...props },
    global: { plugins: [createTestI18n('en')] },
    attachTo: document.body,
  })
  return wrapper
}

const searches = () => proxy.callsTo('getCustomerUserList')
const searchTerms = () => searches().map((request) => request.body.Search)

async function type(picker: VueWrapper, text: string): Promise<void> {
  const input = picker.get('input[role="combobox"]')
  await input.trigger('focus')
  await input.setValue(text)
}

function optionTexts(picker: VueWrapper): string[] {
  return picker.findAll('[role="option"]').map((option) => option.text())
}

describe('CustomerPicker', () => {
  it('waits until typing pauses, then sends one search for the last term and shows each match with its company', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const picker = mountPicker()
    await type(picker, 'j')
    await type(picker, 'jo')
    await type(picker, 'joh')
    await type(picker, 'john')
    vi.advanceTimersByTime(DEBOUNCE_MS - 1)
    expect(searches()).toHaveLength(0)
    vi.advanceTimersByTime(1)
    vi.useRealTimers()

    await vi.waitFor(() => expect(optionTexts(picker).join('\n')).toContain('John Doe'))
    expect(searchTerms()).toEqual(['john'])
    const option = picker.get('[role="option"]')
    expect(option.text()).toContain('jdoe')
    expect(option.text()).toContain('Acme Corporation')
  })

  it('does not search for a single character', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const picker = mountPicker()
    await type(picker, 'j')
    vi.advanceTimersByTime(DEBOUNCE_MS * 5)
    expect(searches()).toHaveLength(0)
    expect(picker.get('input').attributes('aria-expanded')).toBe('false')
  })

  it('aborts a superseded search and never shows its late answer', async () => {
    const releaseOld = proxy.hold((request) => request.body.Search === 'bw')
    const picker = mountPicker({ debounceMs: 0 })
    await type(picker, 'bw')
    await vi.waitFor(() => expect(searchTerms()).toEqual(['bw']))

    await type(picker, 'mary')
    await vi.waitFor(() => expect(optionTexts(picker).join('\n')).toContain('Mary Smith'))
    await vi.waitFor(() => expect(searches()[0].aborted).toBe(true))

    releaseOld()
    await new Promise((resolve) => setImmediate(resolve))
    expect(optionTexts(picker).join('\n')).not.toContain('Bruce Wayne')
    expect(searches()[0].answered).toBe(false)
  })

  it('is driven by the keyboard: arrows move, Enter picks and hands on login and CustomerID', async () => {
    const picker = mountPicker({ debounceMs: 0 })
    await type(picker, 'acme')
    await vi.waitFor(() => expect(picker.findAll('[role="option"]')).toHaveLength(2))
    const input = picker.get('input[role="combobox"]')
    const first = picker.findAll('[role="option"]')[0]
    expect(first.attributes('aria-selected')).toBe('true')
    expect(input.attributes('aria-activedescendant')).toBe(first.attributes('id'))

    await input.trigger('keydown', { key: 'ArrowDown' })
    const second = picker.findAll('[role="option"]')[1]
    expect(second.attributes('aria-selected')).toBe('true')
    const secondLogin = second.text().includes('bwayne') ? 'bwayne' : 'jdoe'

    await input.trigger('keydown', { key: 'Enter' })
    const selected = picker.emitted('select')?.[0]?.[0]
    expect(selected).toMatchObject({ login: secondLogin, customerId: 'ACME' })
    expect(picker.emitted('update:modelValue')?.[0]?.[0]).toMatchObject({ login: secondLogin })
  })

  it('wraps around with the arrows and offers "new customer user" last when creating is allowed', async () => {
    const picker = mountPicker({ debounceMs: 0, allowCreate: true })
    await type(picker, 'mary')
    await vi.waitFor(() => expect(optionTexts(picker)).toHaveLength(2))
    const input = picker.get('input[role="combobox"]')
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(picker.findAll('[role="option"]')[1].attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'Enter' })
    expect(picker.emitted('create')?.[0]).toEqual(['mary'])
    expect(picker.emitted('select')).toBeUndefined()
  })

  it('finds the users of a company by the company name', async () => {
    const picker = mountPicker({ debounceMs: 0 })
    await vi.waitFor(() => expect(proxy.callsTo('getCustomerList').some((request) => request.answered)).toBe(true))
    await type(picker, 'globex inc')
    await vi.waitFor(() => expect(optionTexts(picker).join('\n')).toContain('Mary Smith'))
    expect(optionTexts(picker).join('\n')).toContain('Globex Inc.')
  })

  it('says so when nothing matches, and Escape clears the term', async () => {
    const picker = mountPicker({ debounceMs: 0 })
    await type(picker, 'zzzz')
    await vi.waitFor(() => expect(picker.text()).toContain('No customer user matches “zzzz”.'))
    const input = picker.get('input[role="combobox"]')
    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('shows the chosen customer and lets the agent change it', async () => {
    const picker = mountPicker({ modelValue: { login: 'jdoe', customerId: 'ACME', name: 'John Doe', email: 'john.doe@acme.example.test' } })
    await vi.waitFor(() => expect(picker.get('[data-testid="customer-picker-selected"]').text()).toContain('Acme Corporation'))
    await picker.get('[data-testid="customer-picker-selected"] button').trigger('click')
    expect(picker.emitted('update:modelValue')?.[0]).toEqual([null])
  })
})
