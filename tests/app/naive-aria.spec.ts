import { afterEach, describe, expect, it } from 'vitest'
import { repairNaiveAria } from '@/app/naiveAria'

let observer: MutationObserver | null = null
afterEach(() => {
  observer?.disconnect()
  document.body.innerHTML = ''
})

/** naive-ui 2.45's card markup: header and title both role=heading, a card dialog without a name. */
function card(role: string | null, title: string): HTMLElement {
  const element = document.createElement('div')
  element.className = 'n-card'
  if (role) element.setAttribute('role', role)
  element.innerHTML = `<div class="n-card-header" role="heading"><div class="n-card-header__main" role="heading">${title}</div><div class="n-card-header__extra"><button>×</button></div></div>`
  return element
}

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('repairNaiveAria', () => {
  it('turns a card header into one level-2 heading, on cards there before and cards added later', async () => {
    document.body.append(card(null, 'Appearance'))
    observer = repairNaiveAria(document.body)
    document.body.append(card(null, 'Time'))
    await settled()
    const headings = [...document.querySelectorAll('[role="heading"]')]
    expect(headings.map((heading) => [heading.textContent, heading.getAttribute('aria-level')])).toEqual([
      ['Appearance', '2'],
      ['Time', '2'],
    ])
    expect([...document.querySelectorAll('.n-card-header')].map((header) => header.getAttribute('role'))).toEqual(['none', 'none'])
  })

  it('names a card dialog by its title', async () => {
    observer = repairNaiveAria(document.body)
    document.body.append(card('dialog', 'Keyboard shortcuts'))
    await settled()
    const dialog = document.querySelector('[role="dialog"]')
    const id = dialog?.getAttribute('aria-labelledby') ?? ''
    expect(document.getElementById(id)?.textContent).toBe('Keyboard shortcuts')
  })
})
