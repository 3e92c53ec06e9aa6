import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useEventListener } from '@vueuse/core'
import { outcomeUnknown } from '@/api/client'
import { isApiError } from '@/api/errors'
import { createArticle, createAttachment, getArticles, type ArticleChannel, type NewArticle } from '@/api/tickets'
import type { Article } from '@/api/types'
import { emptyDraft, useDraftsStore, type ArticleDraft, type ComposeKind } from '@/stores/drafts'
import { parseAddressList } from '@/utils/emailAddress'
import { quoteForReply } from '@/utils/quote'
import { readFiles, type RejectedFile } from './composeFiles'

const CHANNEL: Record<ComposeKind, ArticleChannel> = { note: 'Internal', phone: 'Phone', email: 'Email' }
const SAVE_DELAY_MS = 300

/** What keeps a draft from being sent: a field left empty, or recipients that are not addresses. */
export type ComposeProblem = 'subject' | 'body' | 'to' | 'toInvalid' | 'ccInvalid'

export type SendOutcome =
  | { status: 'sent'; articleId: number; failedFields: string[] }
  | { status: 'busy' }
  | { status: 'invalid'; missing: ComposeProblem[] }
  | {
      status: 'failed'
      error: unknown
      articleCreated: boolean
      /**
       * After a lost answer (the article may have been created) the console looked: 'notSent' it
       * was not created, 'unknown' the look failed too (the next send looks again first).
       */
      afterLostAnswer?: 'notSent' | 'unknown'
    }

/** Errors after which the server certainly did not create the article (safe to send again). */
function certainlyNotCreated(error: unknown): boolean {
  return isApiError(error) && ['validation', 'no-permission', 'not-found', 'session-expired'].includes(error.kind) && !error.serverMessage?.startsWith('Cannot add')
}

function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
}

/** The article a lost answer may have created: same subject and body, created after the send began. */
export async function findSentArticle(ticketId: number, draft: Pick<ArticleDraft, 'subject' | 'body'>, startedAt: number): Promise<number | null> {
  const { Articles } = await getArticles({ ticketId, order: 'DESC' })
  const match = Articles.find(
    (article) => article.CreatedTimeUnix >= startedAt - 120 && sameText(article.Subject, draft.subject) && sameText(article.Body, draft.body),
  )
  return match?.ArticleID ?? null
}

export interface ReplySource {
  article: Article
  /** "On <date>, <sender> wrote:" in the agent's language. */
  attribution: string
}

function replyDraft(source: ReplySource): ArticleDraft {
  const { article } = source
  const subject = article.Subject ?? ''
  const draft = emptyDraft('email')
  draft.subject = /^(re|aw|ответ):/i.test(subject.trim()) ? subject : `Re: ${subject}`.trim()
  draft.to = (article.Direction === 'Incoming' ? article.ReplyTo || article.From : article.To) ?? ''
  draft.cc = article.Cc ?? ''
  draft.replyToArticleId = article.ArticleID
  draft.body = quoteForReply(article.Body ?? '', source.attribution)
  return draft
}

/**
 * Writing an article (internal note, phone note, e-mail reply) with a draft that is saved as the
 * agent types and survives reload, logout and session expiry. Sending is idempotent: a double
 * click is ignored, a retry after a lost answer first looks for the article it may have created,
 * and once the article exists only missing attachments are sent.
 */
export function useArticleCompose(
  ticketId: MaybeRefOrGetter<number>,
  options: { onSent?: (outcome: Extract<SendOutcome, { status: 'sent' }>) => void } = {},
) {
  const drafts = useDraftsStore()
  const draft = ref<ArticleDraft | null>(null)
  const sending = ref(false)
  /** A write's answer was lost: the console is looking whether the article was created. */
  const checking = ref(false)
  const rejectedFiles = shallowRef<RejectedFile[]>([])
  const attachmentsKept = ref(true)
  let timer: ReturnType<typeof setTimeout> | null = null
  let loadedFor: number | null = null

  function flush(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (draft.value && loadedFor !== null) attachmentsKept.value = drafts.write(loadedFor, draft.value).attachmentsKept
  }

  function scheduleSave(): void {
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, SAVE_DELAY_MS)
  }

  watch(
    () => toValue(ticketId),
    (id) => {
      flush()
      loadedFor = id
      draft.value = drafts.read(id)
    },
    { immediate: true },
  )
  watch(draft, () => draft.value && scheduleSave(), { deep: true })
  useEventListener(typeof window === 'undefined' ? null : window, 'pagehide', flush)
  useEventListener(typeof document === 'undefined' ? null : document, 'visibilitychange', flush)
  onScopeDispose(flush)

  /** Opens the composer; an existing draft is kept (its text is never replaced by a new one). */
  function open(kind: ComposeKind, reply?: ReplySource): void {
    const current = draft.value
    const untouched = !current || (current.body.trim() === '' && current.subject.trim() === '' && current.attachments.length === 0)
    if (current && !untouched) {
      if (current.kind !== kind && !current.sending) current.kind = kind
      return
    }
    draft.value = kind === 'email' && reply ? replyDraft(reply) : emptyDraft(kind)
    flush()
  }

  /** Throws the draft away (after the agent confirmed). */
  function discard(): void {
    if (timer) clearTimeout(timer)
    timer = null
    draft.value = null
    if (loadedFor !== null) drafts.remove(loadedFor)
  }

  async function addFiles(files: readonly File[]): Promise<void> {
    if (!draft.value) return
    const { accepted, rejected } = await readFiles(files, draft.value.attachments)
    draft.value.attachments.push(...accepted)
    rejectedFiles.value = rejected
  }

  function removeFile(id: string): void {
    if (!draft.value || draft.value.sending?.articleId !== undefined) return
    draft.value.attachments = draft.value.attachments.filter((attachment) => attachment.id !== id)
  }

  function missingFields(current: ArticleDraft): ComposeProblem[] {
    const missing: ComposeProblem[] = []
    if (current.subject.trim() === '') missing.push('subject')
    if (current.body.trim() === '') missing.push('body')
    if (current.kind === 'email') {
      const to = parseAddressList(current.to)
      if (to === null) missing.push('toInvalid')
      else if (to.length === 0) missing.push('to')
      if (parseAddressList(current.cc) === null) missing.push('ccInvalid')
    }
    return missing
  }

  function articleRequest(id: number, current: ArticleDraft): NewArticle {
    const dynamicFields = Object.fromEntries(Object.entries(current.dynamicFields).filter(([, value]) => value !== null && value !== ''))
    return {
      ticketId: id,
      subject: current.subject.trim(),
      body: current.body,
      articleType: CHANNEL[current.kind],
      senderType: 'agent',
      contentType: 'text/plain; charset=utf-8',
      to: current.kind === 'email' ? current.to.trim() : undefined,
      cc: current.kind === 'email' && current.cc.trim() ? current.cc.trim() : undefined,
      stateId: current.stateId ?? undefined,
      pending: current.stateId !== null && current.pendingUnix ? { unix: current.pendingUnix } : undefined,
      estimated: current.timeUnits ?? undefined,
      dynamicFields: Object.keys(dynamicFields).length > 0 ? dynamicFields : undefined,
    }
  }

  /**
   * Whether a create whose answer was lost went through: found, the draft goes on (files, then
   * done); not found, it was not sent. The draft stays marked as attempted either way until it is
   * sent, so a later Send looks again before it creates anything.
   */
  async function lookAfterLostAnswer(id: number, current: ArticleDraft, progress: NonNullable<ArticleDraft['sending']>): Promise<'sent' | 'notSent' | 'unknown'> {
    checking.value = true
    try {
      const found = await findSentArticle(id, current, progress.startedAt)
      if (found === null) return 'notSent'
      progress.articleId = found
      progress.failedFields = []
      return 'sent'
    } catch {
      return 'unknown'
    } finally {
      checking.value = false
      flush()
    }
  }

  async function send(): Promise<SendOutcome> {
    const current = draft.value
    const id = loadedFor
    if (!current || id === null || sending.value) return { status: 'busy' }
    const missing = missingFields(current)
    if (missing.length > 0 && current.sending?.articleId === undefined) return { status: 'invalid', missing }
    sending.value = true
    try {
      current.sending ??= { startedAt: Math.floor(Date.now() / 1000) }
      const progress = current.sending
      if (progress.articleId === undefined && progress.attempted) {
        const found = await findSentArticle(id, current, progress.startedAt)
        if (found !== null) progress.articleId = found
      }
      if (progress.articleId === undefined) {
        progress.attempted = true
        flush()
        try {
          const created = await createArticle(articleRequest(id, current))
          progress.articleId = created.id
          progress.failedFields = created.failedFields
        } catch (error) {
          if (certainlyNotCreated(error)) current.sending = null
          flush()
          if (!outcomeUnknown(error)) return { status: 'failed', error, articleCreated: false }
          const verdict = await lookAfterLostAnswer(id, current, progress)
          if (verdict !== 'sent') return { status: 'failed', error, articleCreated: false, afterLostAnswer: verdict }
        }
        flush()
      }
      const articleId = progress.articleId
      // Set by the create or by the look after a lost answer; TypeScript cannot follow the latter.
      if (articleId === undefined) return { status: 'failed', error: null, articleCreated: false, afterLostAnswer: 'unknown' }
      for (const attachment of current.attachments) {
        if (attachment.uploaded) continue
        try {
          await createAttachment({ articleId, file: { content: attachment.content, contentType: attachment.contentType, filename: attachment.filename } })
          attachment.uploaded = true
          flush()
        } catch (error) {
          flush()
          return { status: 'failed', error, articleCreated: true }
        }
      }
      const sent = { status: 'sent' as const, articleId, failedFields: progress.failedFields ?? [] }
      discard()
      // The composer goes away with the draft: the page learns of the new article here.
      options.onSent?.(sent)
      return sent
    } finally {
      sending.value = false
    }
  }

  return { draft, sending, checking, rejectedFiles, attachmentsKept, open, discard, addFiles, removeFile, send, flush }
}
