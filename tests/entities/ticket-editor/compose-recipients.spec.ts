import { afterEach, describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { getArticles } from '@/api/tickets'
import { useArticleCompose } from '@/entities/ticket/composables/useArticleCompose'
import { useSessionStore } from '@/stores/session'
import { AGENTS, useSimulatorSession } from './support/simulatorSession'

useSimulatorSession('anna')
const scopes: Array<ReturnType<typeof effectScope>> = []

afterEach(() => {
  scopes.splice(0).forEach((scope) => scope.stop())
  localStorage.clear()
  sessionStorage.clear()
})

async function emailComposer(ticketId: number, to: string, cc = '') {
  await useSessionStore().login(AGENTS.anna.login, AGENTS.anna.password)
  const scope = effectScope()
  scopes.push(scope)
  const compose = scope.run(() => useArticleCompose(ticketId))!
  compose.open('email')
  Object.assign(compose.draft.value!, { to, cc, subject: 'Your printer', body: 'The technician comes on Monday.' })
  return compose
}

async function articleCount(ticketId: number): Promise<number> {
  return (await getArticles({ ticketId })).Articles.length
}

describe('e-mail reply recipients', () => {
  it('refuses a To address whose domain label starts or ends with a hyphen, sends nothing and keeps the text', async () => {
    const before = await articleCount(2)
    const compose = await emailComposer(2, 'x@-bad-.test')
    expect(await compose.send()).toEqual({ status: 'invalid', missing: ['toInvalid'] })
    expect(await articleCount(2)).toBe(before)
    expect(compose.draft.value).toMatchObject({ to: 'x@-bad-.test', body: 'The technician comes on Monday.' })
  })

  it('checks Cc with the same rule and asks for a recipient when To is empty', async () => {
    const compose = await emailComposer(2, ' , ', 'ok@example.com, broken@')
    expect(await compose.send()).toEqual({ status: 'invalid', missing: ['to', 'ccInvalid'] })
  })

  it('sends to display names with a quoted comma', async () => {
    const before = await articleCount(2)
    const compose = await emailComposer(2, '"Doe, Jane" <jane.doe@example.com>', 'Team <team@example.com>')
    const outcome = await compose.send()
    expect(outcome.status).toBe('sent')
    expect(await articleCount(2)).toBe(before + 1)
  })
})
