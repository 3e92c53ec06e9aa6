import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { ApiError } from '@/api/errors'
import { type SupportedLocale } from '@/i18n'
import { createTestI18n } from '../support/i18n'
import { useDescribeError } from '@/i18n/describeError'

function describeIn(locale: SupportedLocale, error: unknown): string {
  let text = ''
  const Probe = defineComponent({
    setup() {
      text = useDescribeError()(error)
      return () => h('span', text)
    },
  })
  mount(Probe, { global: { plugins: [createTestI18n(locale)] } })
  return text
}

describe('useDescribeError', () => {
  it('translates a known server message', () => {
    const error = new ApiError('validation', 'auth/login', 'Login failed! Your user name or password was entered incorrectly.')
    expect(describeIn('en', error)).toBe('Sign-in failed: the user name or password is wrong.')
    expect(describeIn('ru', error)).toBe('Не удалось войти: неверное имя пользователя или пароль.')
  })

  it('names the fields of a list message', () => {
    const error = new ApiError('validation', 'tickets/createTicket', 'Required fields is not defined: Title, Body')
    const text = describeIn('en', error)
    expect(text).toContain('Title, Body')
    expect(text).not.toContain('{fields}')
  })

  it('falls back to the error kind for an unknown text, and never crashes on non-API errors', () => {
    expect(describeIn('en', new ApiError('network', 'tickets/getTicketList', null))).toBe(
      'The server cannot be reached. Check your connection and try again.',
    )
    expect(describeIn('en', new Error('boom'))).toBe('Something unexpected went wrong.')
  })
})
