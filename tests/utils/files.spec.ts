// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { safeDownloadName } from '@/utils/files'

describe('download names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\system.ini', 'system.ini'],
    ['C:\\Users\\anna\\report.pdf', 'report.pdf'],
    ['/var/log/../../secret.txt', 'secret.txt'],
    ['..', 'attachment'],
    ['../', 'attachment'],
    ['.htaccess', 'htaccess'],
    ['invoice.pdf. . ', 'invoice.pdf'],
    ['what?<is>"this"|*.txt', 'what__is__this___.txt'],
    ['line\nbreak\u0000.txt', 'line_break_.txt'],
    ['', 'attachment'],
    [null, 'attachment'],
    ['monitor flicker.png', 'monitor flicker.png'],
    ['Счёт №42.pdf', 'Счёт №42.pdf'],
  ])('%j is saved as %j', (name, expected) => {
    expect(safeDownloadName(name)).toBe(expected)
  })

  it('shortens a very long name and keeps its extension', () => {
    const name = safeDownloadName(`${'x'.repeat(300)}.pdf`)
    expect(name).toHaveLength(200)
    expect(name.endsWith('.pdf')).toBe(true)
  })
})
