// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { updateTicket } from '@/api/tickets'
import { mapFailedFields } from '@/entities/ticket/composables/ticketFields'
import { useTicket } from '@/entities/ticket/composables/useTicket'
import { useTicketEdit, type EditorPrompts } from '@/entities/ticket/composables/useTicketEdit'
import { useSimulatorSession } from './support/simulatorSession'

const context = useSimulatorSession('nora')

function prompts(overrides: Partial<EditorPrompts> = {}): EditorPrompts {
  return {
    confirmLock: vi.fn(async () => true),
    resolveConflict: vi.fn(async () => 'apply' as const),
    ...overrides,
  }
}

async function editorFor(ticketId: number, editorPrompts: EditorPrompts) {
  const source = useTicket()
  await source.load(ticketId)
  expect(source.state.value).toBe('done')
  const editor = useTicketEdit(source, { myUserId: () => context.userId, prompts: editorPrompts })
  return { source, editor }
}

describe('mapFailedFields', () => {
  it('maps the server names of a partial update to editor fields and keeps unknown ones apart', () => {
    expect(mapFailedFields(['Title', 'StateID', 'NewOwnerID', 'DynamicField_Category', 'Frobnicate'])).toEqual({
      fields: ['title', 'state', 'owner', 'df:Category'],
      unknown: ['Frobnicate'],
    })
  })
})

describe('useTicketEdit', () => {
  it('sends staged fields in one updateTicket and shows a partial failure on the exact field', async () => {
    // Ticket 14 is in Sales, where nora may change the priority but not the type (no rw).
    const { source, editor } = await editorFor(14, prompts())
    const typeBefore = source.ticket.value?.TypeID
    editor.stage({ priorityId: 5, typeId: 3 })
    expect(editor.stagedList.value).toEqual(['priority', 'type'])

    const outcome = await editor.saveStaged()

    expect(outcome).toEqual({ status: 'partial', failed: ['type'], unknown: [] })
    expect(editor.problems.value.type).toEqual({ kind: 'notUpdated' })
    expect(editor.problems.value.priority).toBeUndefined()
    expect(source.ticket.value?.PriorityID).toBe(5)
    expect(source.ticket.value?.TypeID).toBe(typeBefore)
    expect(editor.staged.value).toEqual({})
  })

  it('offers lock-and-change for the state and sends the lock in the same call', async () => {
    const editorPrompts = prompts()
    const { source, editor } = await editorFor(26, editorPrompts)
    expect(source.ticket.value?.Lock).toBe('unlock')
    editor.stage({ stateId: 4 })

    const outcome = await editor.saveStaged()

    expect(outcome).toEqual({ status: 'saved' })
    expect(editorPrompts.confirmLock).toHaveBeenCalledWith({ fields: ['state'], holder: null })
    expect(source.ticket.value?.State).toBe('open')
    expect(source.ticket.value?.Lock).toBe('lock')
    expect(source.ticket.value?.OwnerID).toBe(context.userId)
  })

  it('asks before taking over another agent\'s lock and changes nothing when the agent says no', async () => {
    // Ticket 11 (Support) is locked by anna.
    const editorPrompts = prompts({ confirmLock: vi.fn(async () => false) })
    const { source, editor } = await editorFor(11, editorPrompts)
    editor.stage({ priorityId: 1 })

    const outcome = await editor.saveStaged()

    expect(outcome).toEqual({ status: 'cancelled' })
    expect(editorPrompts.confirmLock).toHaveBeenCalledWith({ fields: ['priority'], holder: 'anna.full' })
    await source.refresh()
    expect(source.ticket.value?.PriorityID).not.toBe(1)
    expect(editor.stagedList.value).toEqual(['priority'])
  })

  it('notices that someone else changed the ticket and lets the agent reload instead of writing', async () => {
    const editorPrompts = prompts({ resolveConflict: vi.fn(async () => 'reload' as const) })
    const { source, editor } = await editorFor(2, editorPrompts)
    // Another agent renames the ticket meanwhile (same server, other session).
    const mine = context.userId
    await context.signIn('root')
    await updateTicket(2, { title: 'Renamed by root' })
    await context.signIn('nora')
    expect(context.userId).toBe(mine)

    editor.stage({ typeId: 2 })
    const outcome = await editor.saveStaged()

    expect(outcome).toEqual({ status: 'reloaded' })
    const differences = vi.mocked(editorPrompts.resolveConflict).mock.calls[0][0]
    expect(differences).toContainEqual({ field: 'title', before: 'Printer on 3rd floor jams constantly', after: 'Renamed by root' })
    expect(source.ticket.value?.Title).toBe('Renamed by root')
    expect(source.ticket.value?.TypeID).not.toBe(2)
  })
})
