import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ErrorState from '@/components/ErrorState.vue'
import { ApiError } from '@/api/errors'
import { createTestI18n } from '../support/i18n'

const networkError = new ApiError('network', 'tickets/getTicketList', null)

function mountErrorState(props: { error: unknown; retryable?: boolean; retrying?: boolean; retriesByItself?: boolean }) {
  return mount(ErrorState, { props, global: { plugins: [createTestI18n('en')] } })
}

describe('ErrorState', () => {
  it('explains the failure and offers a retry by default', async () => {
    const wrapper = mountErrorState({ error: networkError })
    expect(wrapper.get('[role="alert"]').text()).toContain('The server cannot be reached.')
    const retry = wrapper.get('button')
    expect(retry.text()).toBe('Try again')
    await retry.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('hides the retry when the action cannot be repeated', () => {
    const wrapper = mountErrorState({ error: networkError, retryable: false })
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('says when the load is tried again by itself, and shows a retry under way', () => {
    const wrapper = mountErrorState({ error: networkError, retrying: true, retriesByItself: true })
    expect(wrapper.get('[role="alert"]').text()).toContain('and try again. The console tries again by itself.')
    expect(wrapper.get('button').classes()).toContain('n-button--loading')
    const plain = mountErrorState({ error: networkError })
    expect(plain.text()).not.toContain('tries again by itself')
  })
})
