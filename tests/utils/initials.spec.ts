import { describe, expect, it } from 'vitest'
import { initialsOf } from '@/utils/initials'

describe('initialsOf', () => {
  it('takes first and last word', () => {
    expect(initialsOf('Anna Fuller')).toBe('AF')
    expect(initialsOf('Bruce Wayne <bwayne@example.test>')).toBe('BW')
  })

  it('copes with logins and empty names', () => {
    expect(initialsOf('rolf.ro')).toBe('RR')
    expect(initialsOf('root')).toBe('RO')
    expect(initialsOf('')).toBe('?')
    expect(initialsOf(null)).toBe('?')
  })
})
