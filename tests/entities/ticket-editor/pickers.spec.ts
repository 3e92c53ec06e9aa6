import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { NSelect, NTreeSelect, type SelectOption, type TreeSelectOption } from 'naive-ui'
import AgentPicker from '@/entities/agent/AgentPicker.vue'
import QueuePicker from '@/entities/queue/QueuePicker.vue'
import StatePicker from '@/entities/ticket/StatePicker.vue'
import PriorityPicker from '@/entities/ticket/PriorityPicker.vue'
import { forgetQueueAgents } from '@/entities/agent/composables/useAgentOptions'
import { useReferenceStore } from '@/stores/reference'
import { mountWithApp } from './support/mountWithApp'
import { useSimulatorSession } from './support/simulatorSession'

const context = useSimulatorSession('nora')

interface TreeOption {
  key: number
  label: string
  disabled: boolean
  children?: TreeOption[]
}

function flatten(options: TreeOption[]): TreeOption[] {
  return options.flatMap((option) => [option, ...flatten(option.children ?? [])])
}

async function loadedReference() {
  const reference = useReferenceStore()
  await reference.ensureLoaded()
  return reference
}

describe('QueuePicker', () => {
  it('offers only the queues where the agent holds the asked permission', async () => {
    await loadedReference()
    const wrapper = mountWithApp(QueuePicker, { pinia: context.pinia, props: { permission: 'move_into' } })
    await flushPromises()
    const options = flatten(wrapper.findComponent(NTreeSelect).props('options') as unknown as TreeOption[])
    const pickable = options.filter((option) => !option.disabled).map((option) => option.label)
    // nora: rw on support (Support, Support::Hardware), move_into on sales; only ro/note elsewhere.
    expect(pickable.sort()).toEqual(['Hardware', 'Sales', 'Support'])
    wrapper.unmount()
  })

  it('keeps the tree whole: a parent the agent may not pick stays as a disabled branch', async () => {
    await loadedReference()
    const wrapper = mountWithApp(QueuePicker, { pinia: context.pinia, props: { permission: 'rw', excludeIds: [5] } })
    await flushPromises()
    const options = wrapper.findComponent(NTreeSelect).props('options') as unknown as TreeOption[]
    const support = options.find((option) => option.label === 'Support')
    expect(support?.disabled).toBe(true)
    expect(support?.children?.map((child) => [child.label, child.disabled])).toEqual([['Hardware', false]])
    expect(options.some((option) => option.label === 'Sales')).toBe(false)
    wrapper.unmount()
  })

  it('keeps the current queue shown (disabled) although the agent could not pick it again', async () => {
    await loadedReference()
    // nora may not create tickets in Sales (7), the current value.
    const wrapper = mountWithApp(QueuePicker, { pinia: context.pinia, props: { permission: 'create', modelValue: 7 } })
    await flushPromises()
    const options = flatten(wrapper.findComponent(NTreeSelect).props('options') as unknown as TreeOption[])
    expect(options.find((option) => option.key === 7)).toMatchObject({ label: 'Sales', disabled: true })
    expect(wrapper.text()).toContain('Sales')
    wrapper.unmount()
  })

  it('filters by the full queue name', async () => {
    await loadedReference()
    const wrapper = mountWithApp(QueuePicker, { pinia: context.pinia, props: { permission: 'ro' } })
    await flushPromises()
    const select = wrapper.findComponent(NTreeSelect)
    const filter = select.props('filter') as (pattern: string, option: TreeSelectOption) => boolean
    const options = flatten(select.props('options') as unknown as TreeOption[])
    const matches = options.filter((option) => filter('support::hard', option as unknown as TreeSelectOption))
    expect(matches.map((option) => option.label)).toEqual(['Hardware'])
    wrapper.unmount()
  })

  it('reports the picked queue through v-model', async () => {
    await loadedReference()
    const wrapper = mountWithApp(QueuePicker, { pinia: context.pinia, props: { permission: 'rw', modelValue: 5 } })
    await flushPromises()
    const select = wrapper.findComponent(NTreeSelect)
    expect(select.props('value')).toBe(5)
    select.vm.$emit('update:value', 6)
    await flushPromises()
    expect(wrapper.findComponent(QueuePicker).emitted('update:modelValue')?.[0]).toEqual([6])
    wrapper.unmount()
  })
})

describe('AgentPicker', () => {
  it('offers only agents with access to the queue, and filters by login or name', async () => {
    forgetQueueAgents()
    await loadedReference()
    const wrapper = mountWithApp(AgentPicker, { pinia: context.pinia, props: { queueId: 7 } })
    const select = wrapper.findComponent(NSelect)
    await vi.waitFor(() => expect(select.props('loading')).toBe(false))
    const options = select.props('options') as SelectOption[]
    const labels = options.map((option) => String(option.label))
    // Sales (group 6): root and anna hold rw; nora (ro, note, priority, move_into) and rolf do not.
    expect(labels.some((label) => label.includes('anna.full'))).toBe(true)
    expect(labels.some((label) => label.includes('root@localhost'))).toBe(true)
    expect(labels.some((label) => label.includes('nora.note'))).toBe(false)
    expect(labels.some((label) => label.includes('rolf.ro'))).toBe(false)
    const filter = select.props('filter') as (pattern: string, option: SelectOption) => boolean
    const byName = options.filter((option) => filter('fuller', option))
    expect(byName.map((option) => option.label)).toEqual(['Anna Fuller (anna.full)'])
    wrapper.unmount()
  })

  it('offers every valid agent without a queue', async () => {
    const reference = await loadedReference()
    const wrapper = mountWithApp(AgentPicker, { pinia: context.pinia, props: {} })
    await flushPromises()
    const options = wrapper.findComponent(NSelect).props('options') as SelectOption[]
    expect(options.length).toBe(reference.agents.filter((agent) => agent.ValidID === 1).length)
    expect(options.length).toBeGreaterThanOrEqual(4)
    wrapper.unmount()
  })
})

describe('StatePicker and PriorityPicker', () => {
  it('offers the states the queue allows and never merged or removed', async () => {
    await loadedReference()
    const wrapper = mountWithApp(StatePicker, { pinia: context.pinia, props: { queueId: 5 } })
    await vi.waitFor(() => expect(wrapper.findComponent(NSelect).props('loading')).toBe(false))
    const labels = (wrapper.findComponent(NSelect).props('options') as SelectOption[]).map((option) => option.label)
    expect(labels).toContain('open')
    expect(labels).toContain('closed successful')
    expect(labels).toContain('pending reminder')
    expect(labels).not.toContain('merged')
    expect(labels).not.toContain('removed')
    wrapper.unmount()
  })

  it('shows every priority', async () => {
    const reference = await loadedReference()
    const wrapper = mountWithApp(PriorityPicker, { pinia: context.pinia, props: { modelValue: 3 } })
    await flushPromises()
    const options = wrapper.findComponent(NSelect).props('options') as SelectOption[]
    expect(options.map((option) => option.value)).toEqual(reference.priorities.map((priority) => priority.ID))
    expect(wrapper.text()).toContain('3 normal')
    wrapper.unmount()
  })
})
