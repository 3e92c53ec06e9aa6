export default {
  kind: {
    'session-expired': 'Your session has expired. Please sign in again.',
    'no-permission': 'You do not have permission to do this.',
    'not-found': 'It no longer exists or you may not see it.',
    validation: 'The server refused the request. Check the values and try again.',
    conflict: 'Someone else changed this meanwhile.',
    server: 'The server had a problem answering. Try again in a moment; if it persists, contact your administrator.',
    network: 'The server cannot be reached. Check your connection and try again.',
    aborted: 'The request was cancelled.',
  },
  server: {
    badRequest: 'The server could not read the request.',
    contactAdmin: 'The server reported an internal problem. Please contact your administrator.',
    invalidChallenge: 'The session could not be closed safely. Please sign in again.',
    loginFailed: 'Sign-in failed: the user name or password is wrong.',
    noPermission: 'You do not have permission for this ticket or queue.',
    noTicket: 'This ticket does not exist.',
  },
  unexpected: 'Something unexpected went wrong.',
}
