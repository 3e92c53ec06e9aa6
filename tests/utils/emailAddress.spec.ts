// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isEmailAddress, parseAddressList } from '@/utils/emailAddress'

describe('the e-mail rule', () => {
  it.each([
    'anna@example.com',
    'anna.full@support.example.co.uk',
    "o'brien+tickets@example.org",
    'x@a-b.test',
    'x@1-2.example.de',
    'agent@xn--mnchen-3ya.example.xn--p1ai',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true)
  })

  it.each([
    ['a domain label that starts with a hyphen', 'x@-bad.test'],
    ['a domain label that ends with a hyphen', 'x@bad-.test'],
    ['both', 'x@-bad-.test'],
    ['a top-level label that ends with a hyphen', 'x@example.co-'],
    ['a numeric top-level label', 'x@example.123'],
    ['no dot in the domain', 'x@localhost'],
    ['an empty domain label', 'x@example..com'],
    ['a leading dot in the local part', '.x@example.com'],
    ['a doubled dot in the local part', 'x..y@example.com'],
    ['a trailing dot in the local part', 'x.@example.com'],
    ['no local part', '@example.com'],
    ['two at signs', 'x@y@example.com'],
    ['a space', 'an na@example.com'],
    ['a display name', 'Anna <anna@example.com>'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['a domain label over 63 characters', `x@${'a'.repeat(64)}.com`],
    ['over 254 characters in all', `x@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`],
    ['an umlaut in the domain', 'x@münchen.de'],
    ['nothing', ''],
  ])('refuses %s', (_reason, address) => {
    expect(isEmailAddress(address)).toBe(false)
  })

  it('reads address lists with display names, quoted commas and either separator', () => {
    expect(parseAddressList('"Doe, Jane" <jane@x.org>, b@y.org; C <c@z.org>')).toEqual(['jane@x.org', 'b@y.org', 'c@z.org'])
    expect(parseAddressList('a@x.org,')).toEqual(['a@x.org'])
    expect(parseAddressList('   ')).toEqual([])
  })

  it('refuses a list when one entry is not an address', () => {
    expect(parseAddressList('a@x.org, x@-bad-.test')).toBeNull()
    expect(parseAddressList('Jane <jane@>')).toBeNull()
    expect(parseAddressList('a@x.org, not an address')).toBeNull()
  })
})
