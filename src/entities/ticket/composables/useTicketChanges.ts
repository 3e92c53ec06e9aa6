import { onScopeDispose } from 'vue'
import { useTicketFeedStore, type FeedChange, type FeedConsumer } from '@/stores/ticketFeed'

/**
 * For screens that show tickets but no live figures (the ticket list, the ticket page): they do not
 * poll; the session's change feed tells them which tickets changed (after every poll that saw
 * changes, and after every full resync), and they decide what to load again. Keeps the feed running
 * while the screen is mounted.
 */
export function useTicketChanges(consumer: FeedConsumer, onChange: (change: FeedChange) => void): void {
  const feed = useTicketFeedStore()
  const release = feed.acquire(consumer)
  const unsubscribe = feed.subscribe(onChange)
  onScopeDispose(() => {
    unsubscribe()
    release()
  })
}
