/** Marks on screens shown from the navigation cache while they are checked against the server. */
export default {
  checking: 'Saved copy · checking for changes…',
  checkingHint: 'Shown from what you saw a moment ago; the server is being asked for changes.',
  checkFailed: 'Saved copy · could not check for changes',
  checkFailedHint: 'The server could not be reached; this may not be current. Refresh to try again.',
  updated: 'Updated',
  updatedHint: 'Something changed since you last saw this; the screen now shows the current data.',
}
