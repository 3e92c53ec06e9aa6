/**
 * The change feed's site setting from config.json, kept apart from the feed's store so the sign-in
 * page's start-up code (main.ts) does not pull the feed and its API calls into the first chunk.
 */
export const DEFAULT_RESYNC_MINUTES = 15

let resyncMinutes = DEFAULT_RESYNC_MINUTES

/** Minutes between full resyncs (0 or less: never on a timer, only after long hiding). */
export function configureTicketFeed(settings: { resyncMinutes?: number }): void {
  if (settings.resyncMinutes !== undefined && Number.isFinite(settings.resyncMinutes)) resyncMinutes = settings.resyncMinutes
}

export function feedResyncMinutes(): number {
  return resyncMinutes
}
