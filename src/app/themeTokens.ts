import type { GlobalThemeOverrides } from 'naive-ui'

/**
 * The console's status colours, one set per theme, each holding at least 4.5:1 as text against the
 * theme's page, card and tinted tag backgrounds (WCAG 2 AA; the accessibility suite checks it).
 * naive-ui's stock light colours (#18a058, #2080f0, #f0a020, its grey #767c82) fall to 2–3.9:1 as
 * text on white; its dark ones pass but for the red, a step lighter to hold on a dialog's tinted tag.
 * The same values feed naive-ui's theme and the app's own CSS (`--app-*` on <html>), so a tag, a
 * count and a link never disagree.
 */
export interface ThemeTokens {
  primary: string
  primaryHover: string
  primaryPressed: string
  info: string
  infoHover: string
  infoPressed: string
  warning: string
  warningHover: string
  warningPressed: string
  danger: string
  dangerHover: string
  dangerPressed: string
  /** Secondary text: hints, counts, dates. */
  muted: string
  /** Background of a letter avatar, under white initials. */
  avatar: string
  /** The same for the agent's own avatars, in the console's green. */
  avatarAccent: string
}

export const LIGHT_TOKENS: ThemeTokens = {
  primary: '#0b733f',
  primaryHover: '#0f8548',
  primaryPressed: '#096636',
  info: '#1060c9',
  infoHover: '#1a6dd6',
  infoPressed: '#0c52ad',
  warning: '#8f5300',
  warningHover: '#a05f00',
  warningPressed: '#7a4600',
  danger: '#b81d3c',
  dangerHover: '#c8304f',
  dangerPressed: '#9c1731',
  muted: '#5f6670',
  avatar: '#5c6577',
  avatarAccent: '#0b733f',
}

export const DARK_TOKENS: ThemeTokens = {
  primary: '#63e2b7',
  primaryHover: '#7fe7c4',
  primaryPressed: '#5acea7',
  info: '#70c0e8',
  infoHover: '#8acbec',
  infoPressed: '#66afd3',
  warning: '#f2c97d',
  warningHover: '#f5d599',
  warningPressed: '#e6c260',
  danger: '#ef8d8d',
  dangerHover: '#f29b9b',
  dangerPressed: '#e88080',
  muted: 'rgba(255, 255, 255, 0.6)',
  avatar: '#5c6577',
  avatarAccent: '#0b733f',
}

const SHARED: GlobalThemeOverrides['common'] = {
  fontFamily: "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  borderRadius: '6px',
}

export function naiveOverrides(tokens: ThemeTokens): GlobalThemeOverrides {
  return {
    common: {
      ...SHARED,
      primaryColor: tokens.primary,
      primaryColorHover: tokens.primaryHover,
      primaryColorPressed: tokens.primaryPressed,
      primaryColorSuppl: tokens.primaryHover,
      successColor: tokens.primary,
      successColorHover: tokens.primaryHover,
      successColorPressed: tokens.primaryPressed,
      successColorSuppl: tokens.primaryHover,
      infoColor: tokens.info,
      infoColorHover: tokens.infoHover,
      infoColorPressed: tokens.infoPressed,
      infoColorSuppl: tokens.infoHover,
      warningColor: tokens.warning,
      warningColorHover: tokens.warningHover,
      warningColorPressed: tokens.warningPressed,
      warningColorSuppl: tokens.warningHover,
      errorColor: tokens.danger,
      errorColorHover: tokens.dangerHover,
      errorColorPressed: tokens.dangerPressed,
      errorColorSuppl: tokens.dangerHover,
      textColor3: tokens.muted,
    },
  }
}

/** The same colours for the app's own styles: `color: var(--app-danger)` and so on. */
export function cssVariables(tokens: ThemeTokens): Record<string, string> {
  return {
    '--app-primary': tokens.primary,
    '--app-info': tokens.info,
    '--app-success': tokens.primary,
    '--app-warning': tokens.warning,
    '--app-danger': tokens.danger,
    '--app-muted': tokens.muted,
    '--app-avatar': tokens.avatar,
    '--app-avatar-accent': tokens.avatarAccent,
  }
}
