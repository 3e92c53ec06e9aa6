import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { useLiveRefresh, type LiveRefresh, type RefreshMode } from '@/views/dashboard/composables/useLiveRefresh'

let visibility: DocumentVisibilityState = 'visible'

function setVisibility(next: DocumentVisibilityState): void {
  visibility = next
  document.dispatchEvent(new Event('visibilitychange'))
}

function mountLive(seconds: number, brings: () => boolean = () => true) {
  const calls: RefreshMode[] = []
  const interval = ref(seconds)
  let live: LiveRefresh | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        live = useLiveRefresh(async (mode) => {
          calls.push(mode)
          return brings()
        }, interval)
        return () => h('div')
      },
    }),
  )
  return { calls, interval, wrapper, live: live as LiveRefresh }
}

beforeEach(() => {
  vi.useFakeTimers()
  visibility = 'visible'
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('useLiveRefresh', () => {
  it('keeps the old "updated" time after a round that brought nothing', async () => {
    let brings = true
    const { live, wrapper } = mountLive(60, () => brings)
    await live.refreshNow('initial')
    const first = live.updatedAt.value
    expect(first).toBe(Date.now())
    brings = false
    await vi.advanceTimersByTimeAsync(60_000)
    expect(live.updatedAt.value).toBe(first)
    brings = true
    await live.refreshNow()
    expect(live.updatedAt.value).toBe(Date.now())
    wrapper.unmount()
  })

  it('refreshes on the interval and records when it last did', async () => {
    const { calls, live, wrapper } = mountLive(60)
    await live.refreshNow('initial')
    expect(live.updatedAt.value).toBe(Date.now())
    await vi.advanceTimersByTimeAsync(59_000)
    expect(calls).toEqual(['initial'])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).toEqual(['initial', 'auto'])
    wrapper.unmount()
  })

  it('pauses while the tab is hidden and catches up when it comes back', async () => {
    const { calls, live, wrapper } = mountLive(60)
    await live.refreshNow('initial')
    setVisibility('hidden')
    await nextTick()
    expect(live.paused.value).toBe(true)
    await vi.advanceTimersByTimeAsync(300_000)
    expect(calls).toEqual(['initial'])

    setVisibility('visible')
    await nextTick()
    await flushPromises()
    expect(calls).toEqual(['initial', 'auto'])
    expect(live.paused.value).toBe(false)
    wrapper.unmount()
  })

  it('never refreshes by itself when the interval is 0, and starts when it is set', async () => {
    const { calls, interval, live, wrapper } = mountLive(0)
    await live.refreshNow('initial')
    expect(live.enabled.value).toBe(false)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toEqual(['initial'])

    interval.value = 30
    await nextTick()
    await vi.advanceTimersByTimeAsync(30_000)
    expect(calls).toEqual(['initial', 'auto'])
    wrapper.unmount()
  })

  it('a manual refresh restarts the period and rounds never overlap', async () => {
    const { calls, live, wrapper } = mountLive(60)
    await live.refreshNow('initial')
    await vi.advanceTimersByTimeAsync(40_000)
    await Promise.all([live.refreshNow(), live.refreshNow()])
    expect(calls).toEqual(['initial', 'manual'])
    await vi.advanceTimersByTimeAsync(40_000)
    expect(calls).toEqual(['initial', 'manual'])
    await vi.advanceTimersByTimeAsync(20_000)
    expect(calls).toEqual(['initial', 'manual', 'auto'])
    wrapper.unmount()
  })
})
