// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { errorMessage, SERVER_MESSAGE_KEYS } from '@/api/errorMessages'
import { classifyServerMessage, type ApiErrorKind, type ClientErrorCode } from '@/api/errors'
import { allMessages as messages } from '@/i18n/allMessages'
import { allFixtures } from './support/fixtureServer'

type Tree = { [key: string]: string | Tree }

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree)
}

function errorMessagesInFixtures(): string[] {
  const found = new Set<string>()
  for (const fixture of allFixtures()) {
    const body = fixture.response.body as { Response?: unknown; Message?: unknown }
    if (body?.Response === 'ERROR' && typeof body.Message === 'string') found.add(body.Message)
  }
  return [...found].sort()
}

/** Documented in CONTRACT.md but not recorded (the recorded ones come from the fixtures). */
const DOCUMENTED = [
  'Can`t remove SessionID.',
  'Feature not active.',
  'Please contact the administrator.',
  "Couldn't create ticket",
  'Cannot add ticket article',
  'Cannot add article',
  'Cannot add attachment',
  'Internal error. Please contact administrator!',
  "Couldn't mark article as seen",
  "Ticket was locked but Owner couldn't be changed",
  'Cannot update Owner',
  "'Already you are an owner",
  'Cannot lock by a new owner',
  'Cannot update PendingTime',
  'Cannot update Queue',
  'You must be owner of ticket',
  "State has been changed but couldn't unlock Ticket",
  'Could not subscribe to ticket',
  'Could not unsubscribe from ticket',
  'Token cannot be empty',
  'Session invalid. Please log in again.',
  "The follow parameters wasn't updated: Title",
  'Article was created but these operations are failed: UpdateState',
]

const LOCALES = ['en', 'ru'] as const

describe('error mapping', () => {
  const recorded = errorMessagesInFixtures()

  it('finds the recorded error messages', () => {
    expect(recorded.length).toBeGreaterThan(40)
    expect(recorded).toContain('No permission')
  })

  it.each([...recorded, ...DOCUMENTED])('maps %j to its own translated message', (message) => {
    const kind = classifyServerMessage(message)
    const { key, params } = errorMessage({ kind, serverMessage: message })
    if (kind === 'session-expired') {
      expect(key).toBe('errors.kind.session-expired')
    } else {
      expect(key, 'falls back to the error kind').not.toMatch(/^errors\.kind\./)
    }
    for (const locale of LOCALES) {
      const text = lookup(messages[locale], key)
      expect(typeof text, `${locale}: ${key}`).toBe('string')
      expect(text).not.toBe('')
      if (String(text).includes('{fields}')) expect(params.fields, `${key} needs the listed fields`).toBeTruthy()
    }
  })

  it('puts each message into the kind the UI acts on', () => {
    const expected: Array<[string, ApiErrorKind]> = [
      ['Session invalid', 'session-expired'],
      ['Session invalid. Please log in...', 'session-expired'],
      ['No permission', 'no-permission'],
      ['You must be an owner of the ticket', 'no-permission'],
      ['No ticket', 'not-found'],
      ['No attachment!', 'not-found'],
      ['No CustomerUser', 'not-found'],
      ['Please contact the administrator!', 'server'],
      ["Method doesn't exist", 'server'],
      ['Already you are an owner', 'conflict'],
      ['Required fields is not defined: Title', 'validation'],
      ['Queue is incorrect', 'validation'],
    ]
    for (const [message, kind] of expected) expect(classifyServerMessage(message), message).toBe(kind)
  })

  it('has every key of the table, every kind and every client code in both languages', () => {
    const kinds: ApiErrorKind[] = ['session-expired', 'no-permission', 'not-found', 'validation', 'conflict', 'server', 'network', 'aborted']
    const codes: ClientErrorCode[] = ['emptyFile', 'invalidBase64', 'missingTarget', 'invalidPendingTime', 'titleTooLong', 'missingValue', 'unexpectedAnswer', 'incompleteAnswer']
    const keys = [
      ...Object.values(SERVER_MESSAGE_KEYS),
      ...kinds.map((kind) => `errors.kind.${kind}`),
      ...codes.map((code) => `errors.client.${code}`),
      'errors.partial.ticketCreated',
      'errors.partial.articleCreated',
      'errors.partial.notUpdated',
      'errors.server.requiredFields',
      'errors.server.noFieldsToUpdate',
      'errors.relogin.title',
      'errors.unexpected',
    ]
    for (const locale of LOCALES) {
      for (const key of keys) expect(typeof lookup(messages[locale], key), `${locale}: ${key}`).toBe('string')
    }
  })

  it('has the same keys in English and Russian', () => {
    const flatten = (tree: Tree, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)))
    expect(flatten(messages.ru.errors as Tree).sort()).toEqual(flatten(messages.en.errors as Tree).sort())
  })
})
