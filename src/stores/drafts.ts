import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { useSessionStore } from './session'

export type ComposeKind = 'note' | 'phone' | 'email'

/** A file picked for an article, kept as base64 so it survives a reload with the draft. */
export interface DraftAttachment {
  id: string
  filename: string
  contentType: string
  size: number
  content: string
  /** Set once createAttachment accepted it for the sent article: never uploaded twice. */
  uploaded?: boolean
}

/** Where a send got to: lets a retry continue instead of creating a second article. */
export interface DraftSending {
  startedAt: number
  /** createArticle went out at least once: its outcome may be unknown (timeout, server error). */
  attempted?: boolean
  /** The article exists on the server; only its attachments may still be missing. */
  articleId?: number
  /** Steps the server reported as failed when it created the article. */
  failedFields?: string[]
}

export interface ArticleDraft {
  kind: ComposeKind
  subject: string
  body: string
  to: string
  cc: string
  /** The article an e-mail answers. */
  replyToArticleId: number | null
  stateId: number | null
  /** Unix seconds of the pending time, for a pending state. */
  pendingUnix: number | null
  timeUnits: number | null
  dynamicFields: Record<string, string | string[] | null>
  attachments: DraftAttachment[]
  sending: DraftSending | null
  updatedAt: number
}

const PREFIX = 'otrs-console.draft.'

function keyFor(login: string, ticketId: number): string {
  return `${PREFIX}${login}.${ticketId}`
}

export function emptyDraft(kind: ComposeKind): ArticleDraft {
  return {
    kind,
    subject: '',
    body: '',
    to: '',
    cc: '',
    replyToArticleId: null,
    stateId: null,
    pendingUnix: null,
    timeUnits: null,
    dynamicFields: {},
    attachments: [],
    sending: null,
    updatedAt: Date.now(),
  }
}

/**
 * Article drafts, one per agent and ticket, in localStorage: they survive reloads, network loss,
 * logout and session expiry on purpose (keyed by the agent's login, so another agent on the same
 * browser never sees them). Contents are read from storage on demand, so resetting the stores on
 * logout never wipes a draft.
 */
export const useDraftsStore = defineStore('drafts', () => {
  const session = useSessionStore()
  /** Bumped on every write, so screens listing drafts re-read. */
  const revision = ref(0)
  /** Set when storage refused a write (full or disabled): the screen warns the agent. */
  const storageFailed = ref(false)

  function login(): string | null {
    return session.me?.UserLogin ?? null
  }

  function read(ticketId: number): ArticleDraft | null {
    const agent = login()
    if (!agent) return null
    try {
      const raw = localStorage.getItem(keyFor(agent, ticketId))
      return raw ? ({ ...emptyDraft('note'), ...(JSON.parse(raw) as Partial<ArticleDraft>) } as ArticleDraft) : null
    } catch {
      return null
    }
  }

  /**
   * Saves the draft. When the attachments do not fit into storage the text is saved without
   * them (text is what must never be lost); the result says whether the files were kept.
   */
  function write(ticketId: number, draft: ArticleDraft): { attachmentsKept: boolean } {
    const agent = login()
    if (!agent) return { attachmentsKept: false }
    const stamped = { ...draft, updatedAt: Date.now() }
    try {
      localStorage.setItem(keyFor(agent, ticketId), JSON.stringify(stamped))
      storageFailed.value = false
      revision.value += 1
      return { attachmentsKept: true }
    } catch {
      try {
        localStorage.setItem(keyFor(agent, ticketId), JSON.stringify({ ...stamped, attachments: [] }))
        storageFailed.value = false
      } catch {
        storageFailed.value = true
      }
      revision.value += 1
      return { attachmentsKept: false }
    }
  }

  function remove(ticketId: number): void {
    const agent = login()
    if (!agent) return
    localStorage.removeItem(keyFor(agent, ticketId))
    revision.value += 1
  }

  /** IDs of the tickets the signed-in agent has drafts for. */
  function ticketIds(): number[] {
    const agent = login()
    if (!agent) return []
    const prefix = `${PREFIX}${agent}.`
    const ids: number[] = []
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index)
      if (key?.startsWith(prefix)) ids.push(Number(key.slice(prefix.length)))
    }
    return ids.filter((id) => Number.isInteger(id))
  }

  return { revision, storageFailed, read, write, remove, ticketIds }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDraftsStore, import.meta.hot))
