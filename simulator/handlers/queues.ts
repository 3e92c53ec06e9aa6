/** queues/getQueueList: the queues the agent may read, flat and as a tree. */
import type { JsonObject } from '../records.ts'
import type { Queue } from '../world/reference.ts'
import { ok, type CallContext, type Handler } from './context.ts'

interface QueueNode { queue: Queue | null; fullName: string; name: string; accessible: boolean; children: Map<string, QueueNode> }

function buildTree(accessible: Queue[], all: Queue[]): QueueNode[] {
  const roots = new Map<string, QueueNode>()
  for (const queue of accessible) {
    const parts = queue.name.split('::')
    let level = roots
    parts.forEach((part, index) => {
      const fullName = parts.slice(0, index + 1).join('::')
      let node = level.get(part)
      if (!node) {
        // Parents the agent may not read still appear (Accessible 0) so the tree stays whole.
        const existing = all.find((candidate) => candidate.name === fullName) ?? null
        node = { queue: existing, fullName, name: part, accessible: false, children: new Map() }
        level.set(part, node)
      }
      if (index === parts.length - 1) node.accessible = true
      level = node.children
    })
  }
  return [...roots.values()]
}

function treeJson(nodes: QueueNode[]): JsonObject[] {
  return nodes
    .sort((a, b) => a.fullName.localeCompare(b.fullName))
    .map((node) => ({
      ID: node.queue?.id ?? 0, Name: node.name, FullName: node.fullName, Accessible: node.accessible ? 1 : 0,
      Childs: treeJson([...node.children.values()]),
    }))
}

const getQueueList: Handler = ({ world, agent }: CallContext) => {
  // ForCreateTicket / ForUpdateQueue make no difference on the recorded server: the read-accessible list comes back.
  const accessible = world.queues.filter((queue) => world.can(agent, queue.id, 'ro')).sort((a, b) => a.name.localeCompare(b.name))
  return ok({
    Queues: accessible.map((queue) => ({ ID: queue.id, Name: queue.name.split('::').at(-1) ?? queue.name, FullName: queue.name, Accessible: 1 })),
    QueueTree: treeJson(buildTree(accessible, world.queues)),
  })
}

export const queueHandlers: Record<string, Handler> = { getQueueList }
