/** The server's confirmations of auth/lostPassword, as i18n keys with their values. */
const INSTRUCTIONS_SENT = 'Sent password reset instructions. Please check your email.'
const NEW_PASSWORD_SENT = /^Sent new password to '(.+)'\. Please check your email\.$/

export interface TranslatedAnswer {
  key: string
  params: Record<string, string>
}

/** The i18n key for a known confirmation; null for a text the console does not know (shown as is). */
export function lostPasswordAnswerKey(message: string): TranslatedAnswer | null {
  if (message === INSTRUCTIONS_SENT) return { key: 'lostPassword.answer.instructionsSent', params: {} }
  const newPassword = NEW_PASSWORD_SENT.exec(message)
  if (newPassword) return { key: 'lostPassword.answer.newPasswordSent', params: { user: newPassword[1] } }
  return null
}
