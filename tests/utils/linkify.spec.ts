import { describe, expect, it } from 'vitest'
import { linkify } from '@/utils/linkify'

describe('linkify', () => {
  it('turns http(s), www and e-mail addresses into links and keeps the rest as text', () => {
    expect(linkify('See https://example.test/a?b=1, or www.example.test. Mail jdoe@acme.example.test!')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.test/a?b=1', href: 'https://example.test/a?b=1' },
      { kind: 'text', text: ', or ' },
      { kind: 'link', text: 'www.example.test', href: 'https://www.example.test' },
      { kind: 'text', text: '. Mail ' },
      { kind: 'link', text: 'jdoe@acme.example.test', href: 'mailto:jdoe@acme.example.test' },
      { kind: 'text', text: '!' },
    ])
  })

  it('never makes javascript: text clickable', () => {
    const segments = linkify('[1] javascript:alert(1)')
    expect(segments.every((segment) => segment.kind === 'text')).toBe(true)
  })

  it('keeps a bracket that belongs to the URL', () => {
    expect(linkify('(see https://en.wikipedia.org/wiki/A_(b)).')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: 'https://en.wikipedia.org/wiki/A_(b)', href: 'https://en.wikipedia.org/wiki/A_(b)' },
      { kind: 'text', text: ').' },
    ])
  })
})
