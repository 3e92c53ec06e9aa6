import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { effectScope, watch } from 'vue'
import { configureApi } from '@/api/client'
import { getArticles } from '@/api/tickets'
import { useArticleCompose } from '@/entities/ticket/composables/useArticleCompose'
import { FaultyProxy } from '../../api/support/faultyProxy'
import { useSimulatorSession } from './support/simulatorSession'

const context = useSimulatorSession('anna')
let proxy: FaultyProxy
const scopes: Array<ReturnType<typeof effectScope>> = []

beforeAll(async () => {
  proxy = await new FaultyProxy(context.url).start()
})
beforeEach(() => {
  proxy.heal()
  configureApi({ apiBase: `${proxy.url}/otrs/api` })
})
afterEach(() => {
  scopes.splice(0).forEach((scope) => scope.stop())
  configureApi({ apiBase: `${context.url}/otrs/api` })
  localStorage.clear()
})
afterAll(async () => {
  await proxy.close()
})

/** A note composer on ticket 2 with its text typed, and a log of whether it was checking. */
function noteComposer(subject: string) {
  const scope = effectScope()
  scopes.push(scope)
  const compose = scope.run(() => useArticleCompose(2))!
  const checkingSeen: boolean[] = []
  scope.run(() => watch(compose.checking, (value) => checkingSeen.push(value)))
  compose.open('note')
  compose.draft.value!.subject = subject
  compose.draft.value!.body = `${subject}: the text of the note.`
  return { compose, checkingSeen }
}

async function notesTitled(subject: string): Promise<number> {
  const { Articles } = await getArticles({ ticketId: 2 })
  return Articles.filter((article) => article.Subject === subject).length
}

describe('sending a note when the answer is lost', () => {
  it('a cut-off answer: looks, finds the note the server created, and reports it sent (once)', async () => {
    const { compose, checkingSeen } = noteComposer('Cut off')
    proxy.break('/tickets/createArticle', 'cutOff')
    const outcome = await compose.send()
    expect(outcome).toMatchObject({ status: 'sent' })
    expect(checkingSeen).toEqual([true, false])
    expect(await notesTitled('Cut off')).toBe(1)
    expect(compose.draft.value).toBeNull()
  })

  it('a dropped connection after the server did the work: the same, no second note', async () => {
    const { compose } = noteComposer('Dropped')
    proxy.break('/tickets/createArticle', 'drop')
    expect(await compose.send()).toMatchObject({ status: 'sent' })
    expect(await notesTitled('Dropped')).toBe(1)
  })

  it('a gateway error before the server: the look finds nothing, says not sent, and a retry sends it once', async () => {
    const { compose } = noteComposer('Gateway')
    proxy.break('/tickets/createArticle', 'gateway')
    const outcome = await compose.send()
    expect(outcome).toMatchObject({ status: 'failed', articleCreated: false, afterLostAnswer: 'notSent' })
    expect(await notesTitled('Gateway')).toBe(0)
    expect(compose.draft.value?.body).toBe('Gateway: the text of the note.')

    expect(await compose.send()).toMatchObject({ status: 'sent' })
    expect(await notesTitled('Gateway')).toBe(1)
  })

  it('when the look fails too, it says it is not certain; the retry looks first and never adds the note twice', async () => {
    const { compose } = noteComposer('Unknown')
    // The create goes through but its answer is cut off; every read of the articles is cut off too.
    proxy.break('/tickets/createArticle', 'cutOff').break('/tickets/getArticles', 'cutOff', 10)
    const outcome = await compose.send()
    expect(outcome).toMatchObject({ status: 'failed', articleCreated: false, afterLostAnswer: 'unknown' })
    expect(compose.draft.value?.sending?.attempted).toBe(true)

    proxy.heal()
    const creates = proxy.count('/tickets/createArticle')
    expect(await compose.send()).toMatchObject({ status: 'sent' })
    expect(proxy.count('/tickets/createArticle')).toBe(creates)
    expect(await notesTitled('Unknown')).toBe(1)
  })
})
