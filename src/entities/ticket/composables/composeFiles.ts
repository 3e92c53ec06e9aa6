import { toUploadFile } from '@/api/tickets'
import type { DraftAttachment } from '@/stores/drafts'

/** Per file; the server and mail relays refuse bigger ones. */
export const MAX_FILE_BYTES = 10_000_000
/** All files of one article together. */
export const MAX_TOTAL_BYTES = 20_000_000
/** Files mail filters reject and customers should never get from us. */
const BLOCKED_EXTENSIONS = new Set(['exe', 'bat', 'cmd', 'com', 'scr', 'pif', 'msi', 'vbs', 'js', 'jse', 'ps1', 'jar', 'hta', 'cpl', 'reg'])

export type FileProblem = 'empty' | 'tooLarge' | 'totalTooLarge' | 'blockedType' | 'unreadable'

export interface RejectedFile {
  filename: string
  problem: FileProblem
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** Why a file may not be attached, or null when it may. */
export function fileProblem(file: { name: string; size: number }, alreadyAttachedBytes: number): FileProblem | null {
  if (file.size === 0) return 'empty'
  if (BLOCKED_EXTENSIONS.has(extensionOf(file.name))) return 'blockedType'
  if (file.size > MAX_FILE_BYTES) return 'tooLarge'
  if (alreadyAttachedBytes + file.size > MAX_TOTAL_BYTES) return 'totalTooLarge'
  return null
}

let counter = 0

/** Checks and reads the picked files; what may not be attached comes back with the reason. */
export async function readFiles(
  files: readonly File[],
  existing: readonly DraftAttachment[],
): Promise<{ accepted: DraftAttachment[]; rejected: RejectedFile[] }> {
  const accepted: DraftAttachment[] = []
  const rejected: RejectedFile[] = []
  let total = existing.reduce((sum, attachment) => sum + attachment.size, 0)
  for (const file of files) {
    const problem = fileProblem(file, total)
    if (problem) {
      rejected.push({ filename: file.name, problem })
      continue
    }
    try {
      const upload = await toUploadFile(file, file.name)
      counter += 1
      accepted.push({ id: `${Date.now()}-${counter}`, filename: upload.filename, contentType: upload.contentType, size: file.size, content: upload.content })
      total += file.size
    } catch {
      rejected.push({ filename: file.name, problem: 'unreadable' })
    }
  }
  return { accepted, rejected }
}
