import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { countArticles, createArticle, getArticles } from '@/api/tickets'
import { useArticleCompose } from '@/entities/ticket/composables/useArticleCompose'
import { useDraftsStore } from '@/stores/drafts'
import { useSessionStore } from '@/stores/session'
import { AGENTS, useSimulatorSession } from './support/simulatorSession'

const context = useSimulatorSession('anna')
const scopes: Array<ReturnType<typeof effectScope>> = []

async function signInSession(agent: keyof typeof AGENTS): Promise<void> {
  const session = useSessionStore()
  await session.login(AGENTS[agent].login, AGENTS[agent].password)
}

function composer(ticketId: number) {
  const scope = effectScope()
  scopes.push(scope)
  return scope.run(() => useArticleCompose(ticketId))!
}

afterEach(() => {
  scopes.splice(0).forEach((scope) => scope.stop())
  localStorage.clear()
  sessionStorage.clear()
})

async function allArticleIds(ticketId: number): Promise<number[]> {
  return (await getArticles({ ticketId })).Articles.map((article) => article.ArticleID)
}

describe('drafts store', () => {
  it('keeps a draft per agent and ticket across a new screen (reload) and hides it from other agents', async () => {
    await signInSession('anna')
    const first = composer(2)
    first.open('note')
    first.draft.value!.subject = 'Checked the printer'
    first.draft.value!.body = 'Paper tray 2 is bent.'
    await nextTick()
    first.flush()

    const again = composer(2)
    expect(again.draft.value?.body).toBe('Paper tray 2 is bent.')
    expect(composer(3).draft.value).toBeNull()

    await signInSession('nora')
    expect(composer(2).draft.value).toBeNull()
    await signInSession('anna')
    expect(composer(2).draft.value?.subject).toBe('Checked the printer')
  })

  it('saves as the agent types, without an explicit flush', async () => {
    vi.useFakeTimers()
    try {
      await signInSession('anna')
      const drafts = useDraftsStore()
      const typing = composer(6)
      typing.open('phone')
      typing.draft.value!.body = 'Called the customer'
      await nextTick()
      vi.advanceTimersByTime(1000)
      expect(drafts.read(6)?.body).toBe('Called the customer')
      expect(drafts.read(6)?.kind).toBe('phone')
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps the draft when the session expired during the send, and sends it after re-login', async () => {
    await signInSession('anna')
    const compose = composer(2)
    compose.open('note')
    compose.draft.value!.subject = 'Note after expiry'
    compose.draft.value!.body = 'Text that must not be lost'
    compose.flush()
    const before = await countArticles({ ticketId: 2, visibleForCustomer: false })

    context.reset()
    const failed = await compose.send()
    expect(failed.status).toBe('failed')
    expect(useDraftsStore().read(2)?.body).toBe('Text that must not be lost')

    // The agent signs in again on a fresh screen (the old one is gone, as after a reload).
    scopes.splice(0).forEach((scope) => scope.stop())
    await signInSession('anna')
    const again = composer(2)
    expect(again.draft.value?.body).toBe('Text that must not be lost')
    const sent = await again.send()
    expect(sent.status).toBe('sent')
    expect(await countArticles({ ticketId: 2, visibleForCustomer: false })).toBe(before + 1)
    expect(useDraftsStore().read(2)).toBeNull()
  })
})

describe('idempotent sending', () => {
  it('creates one article for a double click', async () => {
    await signInSession('anna')
    const before = await allArticleIds(2)
    const compose = composer(2)
    compose.open('note')
    compose.draft.value!.subject = 'Double click'
    compose.draft.value!.body = 'Only once, please.'
    const [first, second] = await Promise.all([compose.send(), compose.send()])
    expect([first.status, second.status].sort()).toEqual(['busy', 'sent'])
    expect((await allArticleIds(2)).length).toBe(before.length + 1)
  })

  it('after a lost answer, a retry adopts the article the first attempt created instead of sending again', async () => {
    await signInSession('anna')
    const compose = composer(2)
    compose.open('note')
    const draft = compose.draft.value!
    draft.subject = 'Lost answer'
    draft.body = 'Created although the answer never came.'
    const startedAt = Math.floor(Date.now() / 1000)
    // The first attempt reached the server, but its answer was lost on the way back.
    const created = await createArticle({ ticketId: 2, subject: draft.subject, body: draft.body, articleType: 'Internal' })
    draft.sending = { startedAt, attempted: true }
    const before = await allArticleIds(2)

    const outcome = await compose.send()

    expect(outcome).toEqual({ status: 'sent', articleId: created.id, failedFields: [] })
    expect(await allArticleIds(2)).toEqual(before)
  })

  it('uploads the attachments onto the new article and refuses empty or dangerous files', async () => {
    await signInSession('anna')
    const compose = composer(2)
    compose.open('note')
    compose.draft.value!.subject = 'With a file'
    compose.draft.value!.body = 'See the log.'
    await compose.addFiles([
      new File(['line 1\nline 2\n'], 'printer.log', { type: 'text/plain' }),
      new File([''], 'empty.txt', { type: 'text/plain' }),
      new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }),
    ])
    expect(compose.rejectedFiles.value).toEqual([
      { filename: 'empty.txt', problem: 'empty' },
      { filename: 'setup.exe', problem: 'blockedType' },
    ])
    const outcome = await compose.send()
    expect(outcome.status).toBe('sent')
    const articleId = outcome.status === 'sent' ? outcome.articleId : 0
    const article = (await getArticles({ ticketId: 2 })).Articles.find((candidate) => candidate.ArticleID === articleId)
    expect(article?.Attachments.map((attachment) => attachment.Filename)).toContain('printer.log')
    expect(article?.ArticleType).toBe('note-internal')
  })
})
