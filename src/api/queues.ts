import { readApi, type CallOptions } from './client'
import { arrayOf, decode, number, object, optionalArrayOf, string } from './validate'
import type { QueueItem, QueueListAnswer, QueueTreeNode } from './types'

function checkQueue(value: unknown, path: string): QueueItem {
  const queue = object(value, path)
  number(queue, 'ID', path)
  string(queue, 'Name', path)
  string(queue, 'FullName', path)
  number(queue, 'Accessible', path)
  return queue as unknown as QueueItem
}

function checkNode(value: unknown, path: string): QueueTreeNode {
  const node = checkQueue(value, path) as QueueTreeNode
  return { ...node, Childs: optionalArrayOf(node as unknown as Record<string, unknown>, 'Childs', path, checkNode) }
}

/**
 * The queues the agent may see (ro/rw), as a list and as a tree (`Parent::Child`; inaccessible
 * parents come with Accessible 0 to keep the tree whole). With `forCreateTicket` only queues the
 * agent may create tickets in; with `forUpdateQueue` only those tickets may be moved into.
 */
export async function getQueueList(
  params: { forCreateTicket?: boolean; forUpdateQueue?: boolean } = {},
  options?: CallOptions,
): Promise<QueueListAnswer> {
  const answer = await readApi(
    'queues',
    'getQueueList',
    {
      ForCreateTicket: params.forCreateTicket ? 1 : undefined,
      ForUpdateQueue: params.forUpdateQueue ? 1 : undefined,
    },
    options,
  )
  return decode('queues/getQueueList', answer, (body) => ({
    Queues: arrayOf(body, 'Queues', 'answer', checkQueue),
    QueueTree: arrayOf(body, 'QueueTree', 'answer', checkNode),
  }))
}
