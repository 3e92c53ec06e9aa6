import { callApi, type CallOptions } from './client'
import type { TicketViewsAnswer } from './types'

export function getTicketViews(params: { queueId?: number } = {}, options?: CallOptions) {
  return callApi<TicketViewsAnswer>('filters', 'getTicketViews', { QueueID: params.queueId }, options)
}
