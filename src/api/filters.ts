import { readApi, type CallOptions } from './client'
import { arrayOf, decode, nullableString, number, object, string, type Json } from './validate'
import type { TicketViewsAnswer, TicketViewsGroup } from './types'

const KNOWN_GROUPS = new Set<string>(['View', 'Priority', 'Type', 'State', 'Sort'])

function checkItem(name: string) {
  return (value: unknown, path: string): Json => {
    const item = object(value, path)
    if (name === 'Sort') {
      string(item, 'Value', path)
      string(item, 'Name', path)
      return item
    }
    number(item, 'ID', path)
    string(item, 'Name', path)
    if (name === 'Priority' || name === 'Type' || name === 'State') nullableString(item, 'Color', path)
    if (name === 'State') nullableString(item, 'StateType', path)
    return item
  }
}

function checkTicketViews(answer: Json): TicketViewsAnswer {
  const groups = arrayOf(answer, 'Groups', 'answer', (value, path) => object(value, path))
  const known: TicketViewsGroup[] = []
  groups.forEach((group, index) => {
    const path = `answer.Groups[${index}]`
    const name = string(group, 'Name', path)
    // Add-ons may send more groups; the console knows these five.
    if (!KNOWN_GROUPS.has(name)) return
    known.push({ ...group, Name: name, Items: arrayOf(group, 'Items', path, checkItem(name)) } as unknown as TicketViewsGroup)
  })
  return { Groups: known }
}

/**
 * Ticket views (with their IDs; built-in ones are negative), priorities, types, states and sort
 * options. With `queueId`, states carry what that queue allows on create and in each screen.
 */
export async function getTicketViews(params: { queueId?: number } = {}, options?: CallOptions): Promise<TicketViewsAnswer> {
  const answer = await readApi('filters', 'getTicketViews', { QueueID: params.queueId }, options)
  return decode('filters/getTicketViews', answer, checkTicketViews)
}
