import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useLabelledControls } from '@/composables/useLabelledControls'

const Form = defineComponent({
  props: { withOwner: { type: Boolean, default: false } },
  setup(props) {
    const root = ref<HTMLElement | null>(null)
    useLabelledControls(root, '.item', '.item__label')
    return () =>
      h('form', { ref: root }, [
        h('div', { class: 'item' }, [h('label', { class: 'item__label' }, 'Queue'), h('div', [h('input', { class: 'queue' })])]),
        h('div', { class: 'item' }, [h('label', { class: 'item__label' }, 'Title'), h('input', { class: 'title', 'aria-label': 'Ticket title' })]),
        props.withOwner
          ? h('div', { class: 'item' }, [h('label', { class: 'item__label' }, 'Owner'), h('textarea', { class: 'owner' })])
          : null,
      ])
  },
})

async function settled(): Promise<void> {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('useLabelledControls', () => {
  it('ties each label to the control inside its field, also fields drawn later', async () => {
    const wrapper = mount(Form, { attachTo: document.body })
    await settled()
    const queue = wrapper.get<HTMLInputElement>('input.queue').element
    expect(queue.labels?.[0]?.textContent).toBe('Queue')
    // A control with a name of its own keeps it.
    expect(wrapper.get<HTMLInputElement>('input.title').element.labels).toHaveLength(0)

    await wrapper.setProps({ withOwner: true })
    await settled()
    expect(wrapper.get<HTMLTextAreaElement>('textarea.owner').element.labels?.[0]?.textContent).toBe('Owner')
    wrapper.unmount()
  })
})
