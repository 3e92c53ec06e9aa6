import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useFollowAfterPaint } from '@/composables/useFollowAfterPaint'

interface Shown {
  ticketId: number
  title: string
}

describe('useFollowAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function follow(lagging = true) {
    const source = ref<Shown | null>({ ticketId: 1, title: 'First' })
    const scope = effectScope()
    const result = scope.run(() => useFollowAfterPaint(source, (value) => value.ticketId, () => lagging))!
    return { source, scope, ...result }
  }

  it('follows changes to the same ticket at once', async () => {
    const { source, shown, switching } = follow()
    source.value = { ticketId: 1, title: 'Renamed' }
    await nextTick()
    expect(shown.value?.title).toBe('Renamed')
    expect(switching.value).toBe(false)
  })

  it('shows another ticket only after the next frame, marked as switching until then', async () => {
    const { source, shown, switching } = follow()
    source.value = { ticketId: 2, title: 'Second' }
    await nextTick()
    expect(shown.value?.ticketId).toBe(1)
    expect(switching.value).toBe(true)
    // A change meanwhile: the copy lands on the latest value.
    source.value = { ticketId: 2, title: 'Second, edited' }
    await nextTick()
    vi.advanceTimersByTime(50)
    expect(shown.value).toEqual({ ticketId: 2, title: 'Second, edited' })
    expect(switching.value).toBe(false)
  })

  it('follows at once while the part is not drawn, and stops waiting once disposed', async () => {
    const notDrawn = follow(false)
    notDrawn.source.value = { ticketId: 2, title: 'Second' }
    await nextTick()
    expect(notDrawn.shown.value?.ticketId).toBe(2)

    const disposed = follow()
    disposed.source.value = { ticketId: 3, title: 'Third' }
    await nextTick()
    disposed.scope.stop()
    vi.advanceTimersByTime(50)
    expect(disposed.shown.value?.ticketId).toBe(1)
  })
})
