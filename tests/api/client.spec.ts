// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { configureApi, getSessionCredentials, outcomeUnknown, onSessionExpired, setSessionCredentials, setSessionRecovery } from '@/api/client'
import { getCustomerUserList } from '@/api/customers'
import { ApiError } from '@/api/errors'
import { getPackageList } from '@/api/system'
import { countTickets, getTicketList, markTicketAsSeen } from '@/api/tickets'
import { htmlReply, jsonReply, SESSION, truncatedJsonReply } from './support/fixtureServer'
import { signInWithFixtureTokens, useFixtureServer } from './support/useFixtureServer'

const context = useFixtureServer()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const SESSION_INVALID = jsonReply({ Response: 'ERROR', Message: 'Session invalid' })

describe('answers that are not a verdict', () => {
  it('an HTML error page (HTTP 500) is a server error', async () => {
    context.server.expect('_common/json-array-body', { checkBody: false })
    const error = await failure(getPackageList())
    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
    expect(context.server.requests).toHaveLength(1)
  })

  it('non-JSON with HTTP 200 and JSON without Response are server errors', async () => {
    context.server
      .reply({ status: 200, headers: { 'Content-Type': 'text/html' }, body: Buffer.from('<html>maintenance</html>') })
      .reply(jsonReply([1, 2, 3]))
    expect((await failure(getPackageList())).code).toBe('unexpectedAnswer')
    expect((await failure(getPackageList())).kind).toBe('server')
  })

  it('an answer of the wrong shape is a clear server error, not a crash later', async () => {
    context.server.reply(jsonReply({ Response: 'OK', Packages: [{ Name: 'RS4OTRS_API', Version: 6.5 }] }))
    const error = await failure(getPackageList())
    expect(error.kind).toBe('server')
    expect(error.code).toBe('unexpectedAnswer')
    expect(String((error.cause as Error).message)).toContain('answer.Packages[0].Version')
  })
})

describe('answers cut off on the way', () => {
  it('a read repeats a JSON answer that stops half-way, as it does after a 502', async () => {
    context.server.reply(truncatedJsonReply('{"Response":"OK","Pack')).expect('system/getPackageList.ok')
    expect((await getPackageList()).Packages).toHaveLength(1)
    expect(context.server.requests).toHaveLength(2)
  })

  it('a write is never repeated: its cut-off answer is reported as such, and its outcome as unknown', async () => {
    context.server.reply(truncatedJsonReply('{"Response":"O'))
    const error = await failure(markTicketAsSeen({ ticketId: 10 }))
    expect(error.code).toBe('incompleteAnswer')
    expect(outcomeUnknown(error)).toBe(true)
    expect(context.server.requests).toHaveLength(1)
  })

  it('only a missing or cut-off answer leaves a write’s outcome unknown', async () => {
    expect(outcomeUnknown(new ApiError('network', 'tickets/createArticle', null))).toBe(true)
    expect(outcomeUnknown(new ApiError('server', 'tickets/createArticle', null, { status: 502 }))).toBe(true)
    expect(outcomeUnknown(new ApiError('server', 'tickets/createArticle', 'Cannot add article'))).toBe(false)
    expect(outcomeUnknown(new ApiError('validation', 'tickets/createArticle', 'Required fields is not defined: Body'))).toBe(false)
    expect(outcomeUnknown(new ApiError('server', 'tickets/createArticle', null, { status: 200, code: 'unexpectedAnswer' }))).toBe(false)
  })
})

describe('background requests', () => {
  it('send X-Requested-With so polling does not keep an idle session alive', async () => {
    context.server.expect('tickets/getTicketList.count').expect('tickets/getTicketList.count')
    await countTickets({}, { background: true })
    await countTickets({})
    expect(context.server.requests[0].headers['x-requested-with']).toBe('XMLHttpRequest')
    expect(context.server.requests[1].headers['x-requested-with']).toBeUndefined()
  })
})

describe('in-flight de-duplication', () => {
  it('shares one request between identical reads', async () => {
    context.server.expect('tickets/getTicketList.count', { delayMs: 60 })
    const [first, second] = await Promise.all([countTickets({}), countTickets({})])
    expect(first).toBe(31)
    expect(second).toBe(31)
    expect(context.server.requests).toHaveLength(1)
  })

  it('keeps different reads apart, and never shares writes', async () => {
    context.server
      .expect('tickets/getTicketList.count', { delayMs: 30 })
      .expect('tickets/getTicketList.view-6-count', { delayMs: 30 })
      .expect('tickets/markTicketAsSeen.ok', { times: 2 })
    const counts = await Promise.all([countTickets({}), countTickets({ viewId: -6 })])
    expect(counts).toEqual([31, 2])
    await Promise.all([markTicketAsSeen({ ticketId: 10 }), markTicketAsSeen({ ticketId: 10 })])
    expect(context.server.requests).toHaveLength(4)
  })

  it('lets one caller give up while the other still gets the answer', async () => {
    context.server.expect('tickets/getTicketList.count', { delayMs: 400 })
    const controller = new AbortController()
    const leaving = countTickets({}, { signal: controller.signal })
    const staying = countTickets({})
    await vi.waitFor(() => expect(context.server.requests).toHaveLength(1))
    controller.abort()
    expect((await failure(leaving)).kind).toBe('aborted')
    expect(await staying).toBe(31)
    expect(context.server.cancelled).toEqual([])
  })

  it('cancels the request itself when every caller gave up', async () => {
    context.server.expect('tickets/getTicketList.count', { delayMs: 200 })
    const controller = new AbortController()
    const first = countTickets({}, { signal: controller.signal })
    const second = countTickets({}, { signal: controller.signal })
    await vi.waitFor(() => expect(context.server.requests).toHaveLength(1))
    controller.abort()
    expect((await failure(first)).kind).toBe('aborted')
    expect((await failure(second)).kind).toBe('aborted')
    await vi.waitFor(() => expect(context.server.cancelled).toEqual(['/otrs/api/tickets/getTicketList']))
  })
})

describe('superseded reads', () => {
  it('a newer read with the same name cancels the older one', async () => {
    context.server.expect('customers/getCustomerUserList.by-customerid', { delayMs: 300 }).expect('customers/getCustomerUserList.search')
    const older = getCustomerUserList({ customerId: 'ACME' }, { supersede: 'customer-picker' })
    await vi.waitFor(() => expect(context.server.requests).toHaveLength(1))
    const newer = getCustomerUserList({ search: 'mar' }, { supersede: 'customer-picker' })
    expect((await failure(older)).kind).toBe('aborted')
    expect((await newer).CustomerUsers.map((user) => user.Login)).toEqual(['msmith'])
    await vi.waitFor(() => expect(context.server.cancelled).toEqual(['/otrs/api/customers/getCustomerUserList']))
  })
})

describe('retries', () => {
  it('retry a read after a network error, a 502 and a 503', async () => {
    context.server.drop().reply(htmlReply(502)).expect('system/getPackageList.ok')
    expect((await getPackageList()).Packages).toHaveLength(1)
    context.server.reply(htmlReply(503)).expect('system/getPackageList.ok')
    expect((await getPackageList()).Packages).toHaveLength(1)
    expect(context.server.requests).toHaveLength(5)
  })

  it('give up after the backoff schedule', async () => {
    configureApi({ retryDelaysMs: [5, 10] })
    context.server.drop().drop().drop()
    const error = await failure(getPackageList())
    expect(error.kind).toBe('network')
    expect(context.server.requests).toHaveLength(3)
  })

  it('never retry other server errors', async () => {
    context.server.reply(htmlReply(500))
    expect((await failure(getPackageList())).status).toBe(500)
    expect(context.server.requests).toHaveLength(1)
  })

  it('never retry writes', async () => {
    context.server.drop().reply(htmlReply(503))
    expect((await failure(markTicketAsSeen({ ticketId: 10 }))).kind).toBe('network')
    expect((await failure(markTicketAsSeen({ ticketId: 10 }))).status).toBe(503)
    expect(context.server.requests).toHaveLength(2)
  })
})

describe('session expiry', () => {
  it('without a re-login: one event for several failing calls, each call fails', async () => {
    const events: ApiError[] = []
    const stop = onSessionExpired((error) => events.push(error))
    context.server.reply(SESSION_INVALID).reply(SESSION_INVALID).reply(SESSION_INVALID)
    const errors = await Promise.all([failure(countTickets({})), failure(countTickets({ viewId: -1 })), failure(markTicketAsSeen({ ticketId: 10 }))])
    stop()
    expect(errors.map((error) => error.kind)).toEqual(['session-expired', 'session-expired', 'session-expired'])
    expect(events).toHaveLength(1)
    expect(context.server.requests).toHaveLength(3)
  })

  it('with a re-login: failed reads run once more with the new token, writes do not', async () => {
    setSessionCredentials({ sessionName: 'OTRSAgentInterface', sessionValue: 'stale-token', challengeToken: 'old' })
    const events: ApiError[] = []
    const stop = onSessionExpired((error) => events.push(error))
    let prompts = 0
    let restore: (ok: boolean) => void = () => undefined
    setSessionRecovery(() => {
      prompts += 1
      return new Promise<boolean>((resolve) => {
        restore = resolve
      })
    })
    context.server
      .reply(SESSION_INVALID, { path: '/otrs/api/tickets/getTicketList' })
      .reply(SESSION_INVALID, { path: '/otrs/api/system/getPackageList' })
      .reply(SESSION_INVALID, { path: '/otrs/api/tickets/markTicketAsSeen' })
    const count = countTickets({})
    const packages = getPackageList()
    const write = failure(markTicketAsSeen({ ticketId: 10 }))
    expect((await write).kind).toBe('session-expired')
    await vi.waitFor(() => expect(context.server.requests).toHaveLength(3))
    expect(prompts).toBe(1)

    // The agent signs in again (same agent): the waiting reads go out once more, with the new token.
    context.server.expect('tickets/getTicketList.count').expect('system/getPackageList.ok')
    signInWithFixtureTokens()
    restore(true)
    expect(await count).toBe(31)
    expect((await packages).Packages).toHaveLength(1)
    stop()
    expect(events).toEqual([])
    expect(context.server.requests).toHaveLength(5)
    expect(getSessionCredentials()?.sessionValue).toBe(SESSION)
  })

  it('retries a read only once, and an abandoned re-login fails it', async () => {
    const events: ApiError[] = []
    const stop = onSessionExpired((error) => events.push(error))
    let prompts = 0
    setSessionRecovery(async () => {
      prompts += 1
      if (prompts > 1) return false
      signInWithFixtureTokens()
      return true
    })
    context.server.reply(SESSION_INVALID).reply(SESSION_INVALID)
    const error = await failure(getTicketList({}))
    stop()
    expect(error.kind).toBe('session-expired')
    expect(prompts).toBe(2)
    expect(events).toHaveLength(1)
    expect(context.server.requests).toHaveLength(2)
  })
})
