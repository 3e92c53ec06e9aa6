import { ref } from 'vue'
import { toUploadFile } from '@/api/tickets'
import type { DraftAttachment } from './useNewTicketDraft'

/** Per file; the server and mail systems choke on more. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_TOTAL_ATTACHMENT_BYTES = 25 * 1024 * 1024
/** Types agents' mail filters and customers' virus scanners refuse: rejected up front. */
const BLOCKED_EXTENSIONS = new Set(['exe', 'bat', 'cmd', 'com', 'scr', 'msi', 'vbs', 'js', 'jar', 'ps1', 'sh', 'dll'])

export type AttachmentProblem = 'empty' | 'tooLarge' | 'totalTooLarge' | 'blockedType' | 'unreadable'

export interface RejectedFile {
  filename: string
  problem: AttachmentProblem
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.')
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase()
}

/** Why a file may not be attached, or null when it may. */
export function attachmentProblem(file: { name: string; size: number }, alreadyAttachedBytes: number): AttachmentProblem | null {
  if (file.size === 0) return 'empty'
  if (BLOCKED_EXTENSIONS.has(extensionOf(file.name))) return 'blockedType'
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge'
  if (alreadyAttachedBytes + file.size > MAX_TOTAL_ATTACHMENT_BYTES) return 'totalTooLarge'
  return null
}

let counter = 0

/**
 * Turns picked files into draft attachments (base64, as createAttachment sends them), refusing
 * empty, oversized and blocked files with a reason per file.
 */
export function useNewTicketAttachments(attachments: () => DraftAttachment[], add: (file: DraftAttachment) => void) {
  const rejected = ref<RejectedFile[]>([])
  const reading = ref(false)

  async function addFiles(files: readonly File[]): Promise<void> {
    rejected.value = []
    reading.value = true
    try {
      for (const file of files) {
        const attachedBytes = attachments().reduce((sum, item) => sum + item.size, 0)
        const problem = attachmentProblem(file, attachedBytes)
        if (problem) {
          rejected.value = [...rejected.value, { filename: file.name, problem }]
          continue
        }
        try {
          const upload = await toUploadFile(file, file.name)
          add({ id: `file-${Date.now()}-${++counter}`, filename: upload.filename, contentType: upload.contentType, size: file.size, content: upload.content })
        } catch {
          rejected.value = [...rejected.value, { filename: file.name, problem: 'unreadable' }]
        }
      }
    } finally {
      reading.value = false
    }
  }

  return { rejected, reading, addFiles }
}
