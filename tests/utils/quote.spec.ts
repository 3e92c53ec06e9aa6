import { describe, expect, it } from 'vitest'
import { quoteForReply, splitQuoted } from '@/utils/quote'

describe('splitQuoted', () => {
  it('collapses the attribution and the quoted lines into one quoted block', () => {
    const body = 'Thanks, it works now.\n\nOn Mon, 3 Nov 2026 John Doe wrote:\n> The printer is broken.\n>\n> Any idea?\n\nBest, John'
    expect(splitQuoted(body)).toEqual([
      { quoted: false, text: 'Thanks, it works now.\n' },
      { quoted: true, text: 'On Mon, 3 Nov 2026 John Doe wrote:\n> The printer is broken.\n>\n> Any idea?' },
      { quoted: false, text: '\nBest, John' },
    ])
  })

  it('leaves a body without quotes in one block', () => {
    expect(splitQuoted('Hello\nWorld')).toEqual([{ quoted: false, text: 'Hello\nWorld' }])
  })
})

describe('quoteForReply', () => {
  it('prefixes every line and puts the attribution on top', () => {
    expect(quoteForReply('Line 1\n> older\n', 'John wrote:')).toBe('\n\nJohn wrote:\n> Line 1\n>> older\n')
  })
})

describe('splitQuoted on a long mail', () => {
  it('splits a thread of thousands of lines the same way, block by block', () => {
    const reply = ['Thanks, that fixed it.', '', 'On Monday, Anna wrote:']
    const quoted = Array.from({ length: 4000 }, (_, index) => (index % 50 === 49 ? '>' : `> line ${index}`))
    const blocks = splitQuoted([...reply, ...quoted, '', 'Regards, John'].join('\n'))
    expect(blocks.map((block) => block.quoted)).toEqual([false, true, false])
    expect(blocks[0].text).toBe('Thanks, that fixed it.\n')
    expect(blocks[1].text.split('\n')).toHaveLength(4001)
    expect(blocks[2].text).toBe('\nRegards, John')
  })
})
