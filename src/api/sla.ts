import { readApi, type CallOptions } from './client'
import { arrayOf, decode, number, object, string } from './validate'
import type { SlaListAnswer } from './types'

/** The SLAs of a service; without `serviceId` the server answers every SLA. */
export async function getSLAList(params: { serviceId?: number } = {}, options?: CallOptions): Promise<SlaListAnswer> {
  const answer = await readApi('sla', 'getSLAList', { ServiceID: params.serviceId }, options)
  return decode('sla/getSLAList', answer, (body) => ({
    SLAList: arrayOf(body, 'SLAList', 'answer', (value, path) => {
      const sla = object(value, path)
      return { ID: number(sla, 'ID', path), Title: string(sla, 'Title', path) }
    }),
  }))
}
