import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import type { EditorPrompts } from '@/entities/ticket/composables/useTicketEdit'
import type { EditorField, TicketDifference } from '@/entities/ticket/composables/ticketFields'

/** The editor's questions as naive-ui dialogs (lock-and-change, someone else changed the ticket). */
export function useEditorPrompts(): EditorPrompts {
  const dialog = useDialog()
  const { t } = useI18n()

  function fieldName(field: EditorField): string {
    return field.startsWith('df:') ? field.slice(3) : t(`ticket.fields.${field}`)
  }

  function confirmLock(request: { fields: EditorField[]; holder: string | null }): Promise<boolean> {
    return new Promise((resolve) => {
      const fields = request.fields.map(fieldName).join(', ')
      dialog.warning({
        title: request.holder ? t('ticket.lock.takeOverTitle') : t('ticket.lock.lockAndChangeTitle'),
        content: request.holder
          ? t('ticket.lock.takeOverText', { holder: request.holder, fields })
          : t('ticket.lock.lockAndChangeText', { fields }),
        positiveText: request.holder ? t('ticket.lock.takeOver') : t('ticket.lock.lockAndChange'),
        negativeText: t('common.cancel'),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  }

  function resolveConflict(differences: TicketDifference[]): Promise<'apply' | 'reload' | 'cancel'> {
    return new Promise((resolve) => {
      const lines = differences.map((difference) =>
        h('li', { 'data-testid': 'stale-difference' }, [
          h('strong', `${t(`ticket.stale.field.${difference.field}`)}: `),
          difference.field === 'other' ? t('ticket.stale.otherChange') : `${difference.before || '—'} → ${difference.after || '—'}`,
        ]),
      )
      dialog.warning({
        title: t('ticket.stale.title'),
        content: () => h('div', { 'data-testid': 'stale-warning' }, [h('p', t('ticket.stale.text')), h('ul', { class: 'stale-list' }, lines)]),
        positiveText: t('ticket.stale.apply'),
        negativeText: t('ticket.stale.reload'),
        onPositiveClick: () => resolve('apply'),
        onNegativeClick: () => resolve('reload'),
        onClose: () => resolve('cancel'),
        onMaskClick: () => resolve('cancel'),
      })
    })
  }

  return { confirmLock, resolveConflict }
}
