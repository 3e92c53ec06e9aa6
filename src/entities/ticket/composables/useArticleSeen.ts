import { markArticleAsSeen, markTicketAsSeen } from '@/api/tickets'

/**
 * Seen flags as the agent reads: each article is marked once when shown; articles the agent
 * marked unread are left alone until the ticket is opened again.
 */
export function useArticleSeen(options: { ticketId: () => number | null; onSeen: (articleId: number, seen: 0 | 1) => void }) {
  const requested = new Set<number>()
  const keptUnread = new Set<number>()

  async function markSeen(articleId: number): Promise<void> {
    const ticketId = options.ticketId()
    if (ticketId === null || requested.has(articleId) || keptUnread.has(articleId)) return
    requested.add(articleId)
    try {
      await markArticleAsSeen({ ticketId, articleId, seen: true }, { background: true })
      options.onSeen(articleId, 1)
    } catch {
      // Not worth disturbing the agent: the article stays marked unread and is tried again next time.
      requested.delete(articleId)
    }
  }

  async function markUnread(articleId: number): Promise<void> {
    const ticketId = options.ticketId()
    if (ticketId === null) return
    keptUnread.add(articleId)
    await markArticleAsSeen({ ticketId, articleId, seen: false })
    await markTicketAsSeen({ ticketId, seen: false })
    requested.delete(articleId)
    options.onSeen(articleId, 0)
  }

  function reset(): void {
    requested.clear()
    keptUnread.clear()
  }

  return { markSeen, markUnread, reset }
}
