import { callApi, type CallOptions } from './client'
import type { QueueListAnswer } from './types'

export function getQueueList(
  params: { forCreateTicket?: boolean; forUpdateQueue?: boolean } = {},
  options?: CallOptions,
) {
  return callApi<QueueListAnswer>(
    'queues',
    'getQueueList',
    {
      ForCreateTicket: params.forCreateTicket ? 1 : undefined,
      ForUpdateQueue: params.forUpdateQueue ? 1 : undefined,
    },
    options,
  )
}
