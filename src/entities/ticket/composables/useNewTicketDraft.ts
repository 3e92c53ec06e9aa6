import { reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { DynamicFieldInput } from '@/api/tickets'
import type { SelectedCustomer } from '@/entities/customer/customerNames'

/**
 * How the first article reaches the system: a phone call noted by the agent, an e-mail the
 * console sends to the customer, or an internal note only agents see.
 */
export type NewTicketChannel = 'phone' | 'email' | 'internal'

export interface DraftAttachment {
  /** Local key (file names may repeat). */
  id: string
  filename: string
  contentType: string
  size: number
  /** The bytes, base64-encoded, as createAttachment sends them. */
  content: string
}

export interface NewTicketDraft {
  queueId: number | null
  customer: SelectedCustomer | null
  title: string
  body: string
  channel: NewTicketChannel
  to: string
  cc: string
  typeId: number | null
  priorityId: number | null
  stateId: number | null
  /** Pending until (ms since the epoch), for pending states. */
  pendingAt: number | null
  serviceId: number | null
  slaId: number | null
  ownerId: number | null
  lock: boolean
  /** As typed, so "1," is not lost while typing; parsed on send. */
  timeUnits: string
  dynamicFields: Record<string, DynamicFieldInput>
  attachments: DraftAttachment[]
}

export function emptyDraft(): NewTicketDraft {
  return {
    queueId: null,
    customer: null,
    title: '',
    body: '',
    channel: 'phone',
    to: '',
    cc: '',
    typeId: null,
    priorityId: null,
    stateId: null,
    pendingAt: null,
    serviceId: null,
    slaId: null,
    ownerId: null,
    lock: false,
    timeUnits: '',
    dynamicFields: {},
    attachments: [],
  }
}

const KEY_PREFIX = 'otrs-console.newTicketDraft.'
/** localStorage holds ~5 MB per origin: bigger attachments stay in memory only. */
export const MAX_STORED_ATTACHMENT_BYTES = 1_000_000

/** Whether a draft holds anything the agent typed or chose (defaults do not count). */
export function isDraftStarted(draft: NewTicketDraft): boolean {
  return (
    draft.customer !== null ||
    draft.title.trim() !== '' ||
    draft.body.trim() !== '' ||
    draft.to.trim() !== '' ||
    draft.cc.trim() !== '' ||
    draft.timeUnits.trim() !== '' ||
    draft.attachments.length > 0 ||
    Object.values(draft.dynamicFields).some((value) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
  )
}

function storable(draft: NewTicketDraft): NewTicketDraft {
  const attachmentBytes = draft.attachments.reduce((sum, file) => sum + file.content.length, 0)
  return { ...draft, attachments: attachmentBytes <= MAX_STORED_ATTACHMENT_BYTES ? draft.attachments : [] }
}

function readStored(key: string): NewTicketDraft | null {
  try {
    const raw = localStorage.getItem(key)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<NewTicketDraft>
    if (typeof parsed !== 'object' || parsed === null) return null
    const base = emptyDraft()
    return {
      ...base,
      ...parsed,
      dynamicFields: { ...(parsed.dynamicFields ?? {}) },
      attachments: Array.isArray(parsed.attachments) ? parsed.attachments : [],
    }
  } catch {
    return null
  }
}

/**
 * The new-ticket form's values, kept in localStorage per agent until the ticket is sent, so a
 * reload, a crash or a detour to another screen loses nothing. `restored` says whether an earlier
 * draft came back; `storedWithoutAttachments` whether attachments were too big to keep.
 */
export function useNewTicketDraft(agentLogin: MaybeRefOrGetter<string | null>) {
  const storageKey = () => `${KEY_PREFIX}${toValue(agentLogin) ?? 'anonymous'}`
  const stored = readStored(storageKey())
  const draft = reactive<NewTicketDraft>(stored ?? emptyDraft())
  const restored = ref(stored !== null && isDraftStarted(stored))
  const storedWithoutAttachments = ref(false)
  let paused = false

  function save(): void {
    if (paused) return
    try {
      if (!isDraftStarted(draft)) {
        localStorage.removeItem(storageKey())
        return
      }
      const value = storable(draft)
      storedWithoutAttachments.value = value.attachments.length !== draft.attachments.length
      localStorage.setItem(storageKey(), JSON.stringify(value))
    } catch {
      // Storage full or blocked: the form still works, only the safety net is gone.
      storedWithoutAttachments.value = draft.attachments.length > 0
    }
  }

  watch(draft, save, { deep: true })

  /** Empties the form and forgets the stored draft (after sending, or on "discard"). */
  function discard(next: Partial<NewTicketDraft> = {}): void {
    paused = true
    Object.assign(draft, emptyDraft(), next)
    localStorage.removeItem(storageKey())
    restored.value = false
    paused = false
  }

  /** Forgets the stored draft but keeps the values on screen (the ticket exists now). */
  function forget(): void {
    paused = true
    localStorage.removeItem(storageKey())
  }

  return { draft, restored, storedWithoutAttachments, discard, forget }
}
