import { jsonReply, type FixtureServer, type Reply } from './fixtureServer'

/** The reference store's parts and the fixture that answers each for nora.note, in request order. */
const NORAS_REFERENCE_ANSWERS = [
  ['views', 'filters/getTicketViews.ok', '/otrs/api/filters/getTicketViews'],
  ['queues', 'queues/getQueueList.agent-note-moveinto', '/otrs/api/queues/getQueueList'],
  ['createQueues', 'queues/getQueueList.agent-note-ForCreateTicket', '/otrs/api/queues/getQueueList'],
  ['moveQueues', 'queues/getQueueList.agent-note-ForUpdateQueue', '/otrs/api/queues/getQueueList'],
  ['agents', 'users/getUserList.ok', '/otrs/api/users/getUserList'],
  ['services', 'services/getServiceList.ok', '/otrs/api/services/getServiceList'],
  ['dynamicFields', 'system/getDynamicFieldList.ok', '/otrs/api/system/getDynamicFieldList'],
  ['permissions', 'users/getUserPermissions.agent-note-moveinto', '/otrs/api/users/getUserPermissions'],
  ['packages', 'system/getPackageList.ok', '/otrs/api/system/getPackageList'],
] as const

export type ReferenceAnswerPart = (typeof NORAS_REFERENCE_ANSWERS)[number][0]

/** The answer of a server with a passing problem (the store asks again by itself). */
export const PASSING_FAILURE = jsonReply({ Response: 'ERROR', Message: 'Please contact the administrator!' })

/**
 * Queues the answers to one reference load as nora.note (rw support; ro+note+move_into+priority
 * sales; ro+note users); `instead` answers chosen parts otherwise (a failure, another version).
 */
export function expectNorasReferenceLoad(server: FixtureServer, instead: Partial<Record<ReferenceAnswerPart, Reply>> = {}): void {
  for (const [part, fixture, path] of NORAS_REFERENCE_ANSWERS) {
    const reply = instead[part]
    if (reply) server.reply(reply, { path })
    else server.expect(fixture)
  }
}
