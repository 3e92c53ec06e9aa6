import type { ApiError } from './errors'

/**
 * The i18n key (under `errors.`) that explains a failed call to an agent. Known server texts get
 * their own message; anything else falls back to the error kind.
 */
const SERVER_MESSAGE_KEYS: Record<string, string> = {
  'Login failed! Your user name or password was entered incorrectly.': 'errors.server.loginFailed',
  'No permission': 'errors.server.noPermission',
  'Invalid Challenge Token!': 'errors.server.invalidChallenge',
  'Bad param request!': 'errors.server.badRequest',
  'Please contact the administrator.': 'errors.server.contactAdmin',
  'Please contact the administrator!': 'errors.server.contactAdmin',
  'No ticket': 'errors.server.noTicket',
}

export function errorMessageKey(error: Pick<ApiError, 'kind' | 'serverMessage'>): string {
  if (error.kind === 'session-expired') return 'errors.kind.session-expired'
  const known = error.serverMessage ? SERVER_MESSAGE_KEYS[error.serverMessage] : undefined
  return known ?? `errors.kind.${error.kind}`
}
