import { describe, expect, it } from 'vitest'
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '@/utils/intl'

describe('cached Intl formatters', () => {
  it('hand out one formatter per locale and options', () => {
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).toBe(dateTimeFormat('en', { dateStyle: 'medium' }))
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('ru', { dateStyle: 'medium' }))
    expect(numberFormat('en', { style: 'unit', unit: 'day' })).not.toBe(numberFormat('en', { style: 'unit', unit: 'hour' }))
    expect(relativeTimeFormat('ru', { numeric: 'auto' })).toBe(relativeTimeFormat('ru', { numeric: 'auto' }))
  })

  it('format as the plain constructors do', () => {
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day')).toBe('yesterday')
    expect(numberFormat('en', { style: 'unit', unit: 'hour', unitDisplay: 'narrow' }).format(3)).toBe('3h')
  })
})
