import type { QueueTreeNode } from '@/api/types'

/** A node of the queue picker: the tree stays whole, queues the agent may not pick are disabled. */
export interface QueueOption {
  key: number
  label: string
  /** `Parent::Child`, so filtering by the parent's name finds its children too. */
  fullName: string
  disabled: boolean
  children?: QueueOption[]
}

/**
 * Turns the server's queue tree into picker options. `isAllowed` decides which queues may be
 * picked; inaccessible queues (Accessible 0, sent only to keep the tree whole) never may.
 * Branches with nothing pickable anywhere below are dropped, but for `alwaysShown` queues (the
 * current value: it stays visible, disabled, even when it could not be picked again).
 */
export function queueTreeOptions(
  tree: readonly QueueTreeNode[],
  isAllowed: (queueId: number) => boolean,
  alwaysShown: ReadonlySet<number> = new Set(),
): QueueOption[] {
  const result: QueueOption[] = []
  for (const node of tree) {
    const children = node.Childs?.length ? queueTreeOptions(node.Childs, isAllowed, alwaysShown) : []
    const pickable = node.Accessible === 1 && isAllowed(node.ID)
    if (!pickable && children.length === 0 && !alwaysShown.has(node.ID)) continue
    const option: QueueOption = { key: node.ID, label: node.Name, fullName: node.FullName, disabled: !pickable }
    if (children.length > 0) option.children = children
    result.push(option)
  }
  return result
}

/** Case-insensitive match on the full name (`support::hard` finds Support::Hardware). */
export function matchesQueue(pattern: string, option: QueueOption): boolean {
  const needle = pattern.trim().toLocaleLowerCase()
  return needle === '' || option.fullName.toLocaleLowerCase().includes(needle)
}

/** The first queue, in the tree's order, that matches `pattern` and may be picked. */
export function firstPickableMatch(options: readonly QueueOption[], pattern: string): QueueOption | null {
  for (const option of options) {
    if (!option.disabled && matchesQueue(pattern, option)) return option
    const below = option.children ? firstPickableMatch(option.children, pattern) : null
    if (below) return below
  }
  return null
}

/** The option of queue `key` anywhere in the tree. */
export function findQueueOption(options: readonly QueueOption[], key: number): QueueOption | null {
  for (const option of options) {
    if (option.key === key) return option
    const below = option.children ? findQueueOption(option.children, key) : null
    if (below) return below
  }
  return null
}
