import { describe, expect, it } from 'vitest'
import { cssVariables, DARK_TOKENS, LIGHT_TOKENS, naiveOverrides, type ThemeTokens } from '@/app/themeTokens'

type Rgb = [number, number, number]

function parse(colour: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)
  if (hex) return { rgb: [0, 2, 4].map((at) => parseInt(hex[1].slice(at, at + 2), 16)) as Rgb, alpha: 1 }
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(colour)
  if (!rgba) throw new Error(`unexpected colour ${colour}`)
  return { rgb: [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])], alpha: Number(rgba[4]) }
}

/** The colour as seen over `background` (alpha blended). */
function over(colour: string, background: Rgb, alpha = 1): Rgb {
  const { rgb, alpha: own } = parse(colour)
  const a = own * alpha
  return rgb.map((channel, index) => channel * a + background[index] * (1 - a)) as Rgb
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

const WHITE: Rgb = [255, 255, 255]
// naive-ui's page, card and modal backgrounds per theme.
const BACKGROUNDS: Record<'light' | 'dark', Rgb[]> = {
  light: [WHITE, [250, 250, 252]],
  dark: [[16, 16, 20], [24, 24, 28], [44, 44, 50]],
}
const TEXT_TOKENS = ['primary', 'info', 'warning', 'danger', 'muted'] as const

describe.each([
  ['light', LIGHT_TOKENS],
  ['dark', DARK_TOKENS],
] as const)('%s theme tokens', (theme, tokens: ThemeTokens) => {
  it.each(TEXT_TOKENS)('%s reads at 4.5:1 or more as text, also on a 12 per cent tint of itself (tags)', (token) => {
    for (const background of BACKGROUNDS[theme]) {
      const text = over(tokens[token], background)
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
      if (token !== 'muted') expect(contrast(text, over(tokens[token], background, 0.12))).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keeps white initials readable on avatars', () => {
    expect(contrast(WHITE, over(tokens.avatar, WHITE))).toBeGreaterThanOrEqual(4.5)
    expect(contrast(WHITE, over(tokens.avatarAccent, WHITE))).toBeGreaterThanOrEqual(4.5)
  })

  it('gives naive-ui and the app the same colours', () => {
    const common = naiveOverrides(tokens).common
    const variables = cssVariables(tokens)
    expect(common?.primaryColor).toBe(variables['--app-primary'])
    expect(common?.errorColor).toBe(variables['--app-danger'])
    expect(common?.infoColor).toBe(variables['--app-info'])
    expect(common?.warningColor).toBe(variables['--app-warning'])
    expect(common?.textColor3).toBe(variables['--app-muted'])
  })
})

describe('light primary as a button', () => {
  it('keeps white button text readable at rest, hovered and pressed', () => {
    for (const colour of [LIGHT_TOKENS.primary, LIGHT_TOKENS.primaryHover, LIGHT_TOKENS.primaryPressed]) {
      expect(contrast(WHITE, over(colour, WHITE))).toBeGreaterThanOrEqual(4.5)
    }
  })
})
