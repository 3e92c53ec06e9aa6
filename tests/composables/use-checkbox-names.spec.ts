import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useCheckboxNames } from '@/composables/useCheckboxNames'

/** Rows of bare check boxes, as naive-ui's selection column draws them. */
const Table = defineComponent({
  props: { rows: { type: Array as () => string[], required: true } },
  setup(props) {
    const root = ref<HTMLElement | null>(null)
    useCheckboxNames(root, (checkbox) => {
      const row = checkbox.closest<HTMLElement>('[data-row]')
      return row ? `Select ${row.dataset.row}` : null
    })
    return () =>
      h('div', { ref: root }, [
        h('div', { role: 'checkbox', 'aria-labelledby': 'missing-label', class: 'header' }),
        ...props.rows.map((row) => h('div', { key: row, 'data-row': row }, [h('div', { role: 'checkbox' })])),
      ])
  },
})

async function settled(): Promise<void> {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('useCheckboxNames', () => {
  it('names every row check box, also rows drawn later, and leaves the others alone', async () => {
    const wrapper = mount(Table, { props: { rows: ['1', '2'] }, attachTo: document.body })
    await settled()
    const names = () => wrapper.findAll('[data-row] [role="checkbox"]').map((box) => box.attributes('aria-label'))
    expect(names()).toEqual(['Select 1', 'Select 2'])
    expect(wrapper.get('.header').attributes('aria-label')).toBeUndefined()

    await wrapper.setProps({ rows: ['1', '2', '3'] })
    await settled()
    expect(names()).toEqual(['Select 1', 'Select 2', 'Select 3'])
    wrapper.unmount()
  })
})
