import { LIST_PREFIXES, type ApiError } from './errors'

/**
 * Every server Message the documentation lists or a real server was recorded saying, mapped to the
 * i18n key (under `errors.`) that explains it to an agent. Texts live in
 * `src/i18n/locales/<lang>/errors.ts`; a test holds both languages complete.
 */
/** The server's answer to a login with a wrong user name or password. */
export const LOGIN_FAILED_MESSAGE = 'Login failed! Your user name or password was entered incorrectly.'

/** Whether a failed sign-in was refused for its credentials (not a server or network fault). */
export function isWrongCredentials(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as Partial<ApiError>).serverMessage === LOGIN_FAILED_MESSAGE
}

export const SERVER_MESSAGE_KEYS: Readonly<Record<string, string>> = {
  // transport and auth
  [LOGIN_FAILED_MESSAGE]: 'errors.server.loginFailed',
  'Invalid Challenge Token!': 'errors.server.invalidChallenge',
  'Can`t remove SessionID.': 'errors.server.sessionNotRemoved',
  'Bad param request!': 'errors.server.badRequest',
  'Please contact the administrator.': 'errors.server.contactAdmin',
  'Please contact the administrator!': 'errors.server.contactAdmin',
  "Method doesn't exist": 'errors.server.methodMissing',
  'Feature not active.': 'errors.server.featureNotActive',
  'Invalid token.': 'errors.server.invalidResetToken',
  // permissions and lookups
  'No permission': 'errors.server.noPermission',
  'You must be an owner of the ticket': 'errors.server.mustBeOwner',
  'You must be owner of ticket': 'errors.server.mustBeOwner',
  'No ticket': 'errors.server.noTicket',
  'No TicketID': 'errors.server.noTicketId',
  'Ticket is incorrect': 'errors.server.noTicket',
  'Article is incorrect': 'errors.server.noArticle',
  'No article!': 'errors.server.noArticle',
  'No attachment!': 'errors.server.noAttachment',
  // customers
  "Couldn't create customer user": 'errors.server.customerUserNotCreated',
  'No CustomerUser parameter': 'errors.server.customerUserMissing',
  'No CustomerUser': 'errors.server.customerUserNotFound',
  // creating
  'Queue is incorrect': 'errors.server.queueIncorrect',
  "Couldn't create ticket": 'errors.server.ticketNotCreated',
  'Cannot add ticket article': 'errors.server.ticketArticleNotAdded',
  'Cannot add article': 'errors.server.articleNotAdded',
  'No Content, ContentType or Filename parameters': 'errors.server.attachmentIncomplete',
  'Cannot add attachment': 'errors.server.attachmentNotAdded',
  'Internal error. Please contact administrator!': 'errors.server.contactAdmin',
  // seen flags and watching
  "Couldn't mark article as seen": 'errors.server.articleSeenFailed',
  "Couldn't mark ticket as seen": 'errors.server.ticketSeenFailed',
  'Could not subscribe to ticket': 'errors.server.subscribeFailed',
  'Could not unsubscribe from ticket': 'errors.server.unsubscribeFailed',
  // updates
  'Cannot update ArchiveFlag': 'errors.server.archiveFlagNotUpdated',
  'Cannot update Customer': 'errors.server.customerNotUpdated',
  "Couldn't update lock state": 'errors.server.lockNotUpdated',
  'Ticket was locked but Owner couldn\'t be changed': 'errors.partial.lockedOwnerUnchanged',
  'Cannot update Owner': 'errors.server.ownerNotUpdated',
  'Already you are an owner': 'errors.server.alreadyOwner',
  "'Already you are an owner": 'errors.server.alreadyOwner',
  'Cannot lock by a new owner': 'errors.server.lockByNewOwnerFailed',
  'Cannot update PendingTime': 'errors.server.pendingTimeNotUpdated',
  'Cannot update Priority': 'errors.server.priorityNotUpdated',
  'Cannot update Queue': 'errors.server.queueNotUpdated',
  'Cannot update Responsible': 'errors.server.responsibleNotUpdated',
  'Cannot update Service': 'errors.server.serviceNotUpdated',
  'Cannot update SLA': 'errors.server.slaNotUpdated',
  'Cannot update State': 'errors.server.stateNotUpdated',
  "State has been changed but couldn't unlock Ticket": 'errors.partial.stateChangedStillLocked',
  'Cannot update Title': 'errors.server.titleNotUpdated',
  'Cannot update Type': 'errors.server.typeNotUpdated',
  // mobile only (documented; the console does not call setPushNotificationToken)
  'RS4OTRS_Mobile package must be installed!': 'errors.server.mobilePackageMissing',
  'Token cannot be empty': 'errors.server.pushTokenEmpty',
}

/** Messages that end in a list of names; the key's text takes `{fields}`. */
const LIST_MESSAGE_KEYS: ReadonlyArray<[prefix: string, key: string]> = [
  [LIST_PREFIXES.requiredFields, 'errors.server.requiredFields'],
  [LIST_PREFIXES.noFieldsToUpdate, 'errors.server.noFieldsToUpdate'],
  [LIST_PREFIXES.ticketCreatedPartially, 'errors.partial.ticketCreated'],
  [LIST_PREFIXES.articleCreatedPartially, 'errors.partial.articleCreated'],
  [LIST_PREFIXES.notUpdated, 'errors.partial.notUpdated'],
]

export interface ErrorMessage {
  key: string
  /** Interpolation values for the key's text (`{fields}`). */
  params: Record<string, string>
}

type ErrorLike = Pick<ApiError, 'kind' | 'serverMessage'> & Partial<Pick<ApiError, 'code' | 'fields'>>

/** The i18n key and its values that explain a failed call (or a partial success) to an agent. */
export function errorMessage(error: ErrorLike): ErrorMessage {
  if (error.kind === 'session-expired') return { key: 'errors.kind.session-expired', params: {} }
  if (error.code) return { key: `errors.client.${error.code}`, params: {} }
  const message = error.serverMessage
  if (message) {
    const known = SERVER_MESSAGE_KEYS[message]
    if (known) return { key: known, params: {} }
    const listed = LIST_MESSAGE_KEYS.find(([prefix]) => message.startsWith(prefix))
    if (listed) {
      const fields = message.slice(listed[0].length).trim()
      return { key: listed[1], params: { fields } }
    }
  }
  return { key: `errors.kind.${error.kind}`, params: {} }
}

/**
 * The i18n key (under `errors.`) that explains a failed call to an agent. Known server texts get
 * their own message; anything else falls back to the error kind. Keys of list messages take
 * `{fields}`: use {@link errorMessage} to get the values too.
 */
export function errorMessageKey(error: ErrorLike): string {
  return errorMessage(error).key
}

/** Explains the failed parts of a partial success (`failedFields` of a create/update result). */
export function partialFailureMessage(
  operation: 'ticketCreated' | 'articleCreated' | 'notUpdated',
  failedFields: readonly string[],
): ErrorMessage {
  return { key: `errors.partial.${operation}`, params: { fields: failedFields.join(', ') } }
}
