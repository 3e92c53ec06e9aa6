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

/** Any failed call to the API: the server said ERROR, answered garbage, or could not be reached. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** The server's own Message, verbatim, when there was one. */
  readonly serverMessage: string | null
  readonly status: number | null
  /** `<group>/<method>` of the failed call. */
  readonly endpoint: string

  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    serverMessage: string | null,
    options: { status?: number | null; cause?: unknown } = {},
  ) {
    super(serverMessage ?? kind, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.endpoint = endpoint
    this.serverMessage = serverMessage
    this.status = options.status ?? null
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

const NOT_FOUND_MESSAGES = [
  'No ticket',
  'No article!',
  'No attachment!',
  'No CustomerUser',
  'Ticket is incorrect',
  'Article is incorrect',
  'Method doesn\'t exist',
]

/** Maps a server `Message` of a `Response: "ERROR"` answer to an error kind. */
export function classifyServerMessage(message: string): ApiErrorKind {
  if (message.startsWith('Session invalid')) return 'session-expired'
  if (message === 'No permission' || message.startsWith('You must be')) return 'no-permission'
  if (NOT_FOUND_MESSAGES.includes(message)) return 'not-found'
  if (message === 'Please contact the administrator.' || message === 'Please contact the administrator!')
    return 'server'
  if (message.startsWith('Internal error')) return 'server'
  return 'validation'
}
