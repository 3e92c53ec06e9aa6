/** What went wrong, in terms the UI can act on. */
export type ApiErrorKind =
  | 'session-expired'
  | 'no-permission'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'server'
  | 'network'
  | 'aborted'

/**
 * Problems the console finds before anything is sent (the server would accept the request and
 * misbehave silently), and answers that do not have the promised shape.
 */
export type ClientErrorCode =
  | 'emptyFile'
  | 'invalidBase64'
  | 'missingTarget'
  | 'invalidPendingTime'
  | 'titleTooLong'
  | 'missingValue'
  | 'unexpectedAnswer'
  | 'incompleteAnswer'

/** Any failed call to the API: the server said ERROR, answered garbage, or could not be reached. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** The server's own Message, verbatim, when there was one. */
  readonly serverMessage: string | null
  readonly status: number | null
  /** `<group>/<method>` of the failed call. */
  readonly endpoint: string
  /** Set when the console refused the call itself, or could not read the answer. */
  readonly code: ClientErrorCode | null
  /** Field names the server listed in its Message (`Required fields is not defined: A, B`). */
  readonly fields: string[]

  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    serverMessage: string | null,
    options: { status?: number | null; cause?: unknown; code?: ClientErrorCode | null } = {},
  ) {
    super(serverMessage ?? options.code ?? kind, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.endpoint = endpoint
    this.serverMessage = serverMessage
    this.status = options.status ?? null
    this.code = options.code ?? null
    this.fields = serverMessage ? listedFields(serverMessage) : []
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** A refusal by the console itself, before anything went over the wire. */
export function clientError(endpoint: string, code: ClientErrorCode, kind: ApiErrorKind = 'validation'): ApiError {
  return new ApiError(kind, endpoint, null, { code })
}

/**
 * Messages that end in a list of field or operation names. The partial-success ones come with the
 * new ID (or, for updateTicket, with the rest applied) and are results, not failures.
 */
export const LIST_PREFIXES = {
  requiredFields: 'Required fields is not defined:',
  noFieldsToUpdate: 'Pass some fields for ticket update:',
  ticketCreatedPartially: 'Ticket was created but these operations are failed:',
  articleCreatedPartially: 'Article was created but these operations are failed:',
  notUpdated: "The follow parameters wasn't updated:",
} as const

/** The names listed after the colon of a list message, e.g. `["Title", "Type"]`. */
export function listedFields(message: string): string[] {
  const prefix = Object.values(LIST_PREFIXES).find((candidate) => message.startsWith(candidate))
  if (!prefix) return []
  return message
    .slice(prefix.length)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
}

const NOT_FOUND_MESSAGES = new Set([
  'No ticket',
  'No article!',
  'No attachment!',
  'No CustomerUser',
  'Ticket is incorrect',
  'Article is incorrect',
])

const SERVER_MESSAGES = new Set([
  'Please contact the administrator.',
  'Please contact the administrator!',
  "Method doesn't exist",
  "Couldn't create ticket",
  'Cannot add ticket article',
  'Cannot add article',
  'Cannot add attachment',
  'Can`t remove SessionID.',
  "Couldn't mark article as seen",
  "Couldn't mark ticket as seen",
  'Could not subscribe to ticket',
  'Could not unsubscribe from ticket',
  'RS4OTRS_Mobile package must be installed!',
  'Feature not active.',
])

const CONFLICT_MESSAGES = new Set([
  "Couldn't create customer user",
  'Already you are an owner',
  "'Already you are an owner",
])

/** Maps a server `Message` of a `Response: "ERROR"` answer to an error kind. */
export function classifyServerMessage(message: string): ApiErrorKind {
  if (message.startsWith('Session invalid')) return 'session-expired'
  if (message === 'No permission' || message.startsWith('You must be')) return 'no-permission'
  if (NOT_FOUND_MESSAGES.has(message)) return 'not-found'
  if (SERVER_MESSAGES.has(message) || message.startsWith('Internal error')) return 'server'
  if (CONFLICT_MESSAGES.has(message)) return 'conflict'
  return 'validation'
}
