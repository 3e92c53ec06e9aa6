import { beforeEach, describe, expect, it, vi } from 'vitest'

type Module = typeof import('@/utils/afterFirstScreen')
let module: Module

beforeEach(async () => {
  vi.resetModules()
  module = await import('@/utils/afterFirstScreen')
})

describe('after the first screen', () => {
  it('holds tasks until the first screen is complete, then runs each once', () => {
    const task = vi.fn()
    module.afterFirstScreen(task)
    expect(task).not.toHaveBeenCalled()
    module.firstScreenSettled()
    module.firstScreenSettled()
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs a task at once when the first screen is already complete', () => {
    module.firstScreenSettled()
    const task = vi.fn()
    module.afterFirstScreen(task)
    expect(task).toHaveBeenCalledTimes(1)
  })
})
