import { computed, onScopeDispose, ref, watch } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import type { Article } from '@/api/types'
import { afterNextPaint } from '@/composables/useAfterPaint'
import { useArticleCompose, type SendOutcome } from '@/entities/ticket/composables/useArticleCompose'
import { useArticleSeen } from '@/entities/ticket/composables/useArticleSeen'
import { useTicket } from '@/entities/ticket/composables/useTicket'
import { useTicketChanges } from '@/entities/ticket/composables/useTicketChanges'
import { useTicketEdit, type SaveOutcome } from '@/entities/ticket/composables/useTicketEdit'
import type { EditorField } from '@/entities/ticket/composables/ticketFields'
import { neighbourTicket, recalledTicketList } from '@/entities/ticket/ticketNavigation'
import { useTicketPrefetch } from '@/entities/ticket/useTicketPrefetch'
import { useDescribeError } from '@/i18n/describeError'
import type { ComposeKind } from '@/stores/drafts'
import { useNavCacheStore } from '@/stores/navCache'
import { usePreferencesStore } from '@/stores/preferences'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'
import { formatServerDateTime } from '@/utils/time'
import { useEditorPrompts } from './useEditorPrompts'
import { useTicketPermissions } from './useTicketPermissions'

/** Everything the ticket page does, wired together: loading, editing, composing, seen flags, actions. */
export function useTicketPage(ticketId: () => number) {
  const { t, locale } = useI18n()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  const describe = useDescribeError()
  const reference = useReferenceStore()
  const session = useSessionStore()

  const source = useTicket(useNavCacheStore())
  const prefetch = useTicketPrefetch()
  const { ticket, articles } = source
  const myUserId = () => session.me?.ID ?? null
  const editor = useTicketEdit(source, { myUserId, prompts: useEditorPrompts() })
  const permissions = useTicketPermissions(ticket)
  const compose = useArticleCompose(ticketId, { onSent: (outcome) => void onSent(outcome) })
  const seen = useArticleSeen({ ticketId: () => ticket.value?.TicketID ?? null, onSeen: source.setArticleSeen })
  const busyAction = ref<string | null>(null)
  const preferences = usePreferencesStore()
  /** Someone changed the ticket since this screen loaded it (seen by the session's change feed). */
  const changedElsewhere = ref(false)

  // The background change check asks the server nothing itself: the change feed names the tickets
  // that changed, and the feed's record says whether this one moved past what the screen shows.
  useTicketChanges({ intervalSeconds: () => preferences.listRefreshSeconds }, (change) => {
    const shown = source.snapshot.value
    const id = ticket.value?.TicketID
    if (id === undefined || !shown || !change.ticketIds.includes(id)) return
    const record = change.records.get(id)
    if (record && record.Changed !== shown.changed) changedElsewhere.value = true
  })
  // A load, a refresh or an own save moves what the screen is based on: the notice is answered.
  watch(source.snapshot, () => {
    changedElsewhere.value = false
  })

  async function showLatest(): Promise<void> {
    await source.refresh().catch(() => undefined)
  }

  const timeZone = computed(
    () => reference.agentById.get(session.me?.ID ?? -1)?.UserTimeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  )
  const lockedByMe = computed(() => ticket.value?.Lock === 'lock' && ticket.value.OwnerID === myUserId())
  const lockedByOther = computed(() => ticket.value?.Lock === 'lock' && ticket.value.OwnerID !== myUserId())

  watch(
    ticketId,
    (id) => {
      seen.reset()
      void reference.ensureLoaded().catch(() => undefined)
      void source.load(id)
    },
    { immediate: true },
  )

  let cancelNextPrefetch: (() => void) | null = null
  // Opened from a list: the next ticket of that list is the likeliest next step (`]`), fetched
  // ahead once this one is on screen (it must not slow this one down). Watched by the ticket on
  // screen: `]` from a cached ticket to another shows the next one within the same tick, and a
  // ticket shown from the navigation cache is on screen from the start (hence immediate).
  watch(
    () => (source.state.value === 'done' ? (source.ticket.value?.TicketID ?? null) : null),
    (shownId) => {
      cancelNextPrefetch?.()
      if (shownId === null || shownId !== ticketId()) return
      const next = neighbourTicket(recalledTicketList(), shownId, 1)
      // After this ticket's frame: starting two requests costs the main thread milliseconds.
      if (next !== null) cancelNextPrefetch = afterNextPaint(() => prefetch.ticket(next))
    },
    { immediate: true },
  )
  onScopeDispose(() => cancelNextPrefetch?.())

  function fieldNames(fields: EditorField[]): string {
    return fields.map((field) => (field.startsWith('df:') ? field.slice(3) : t(`ticket.fields.${field}`))).join(', ')
  }

  function report(outcome: SaveOutcome, success: string): boolean {
    if (outcome.status === 'saved') message.success(success)
    else if (outcome.status === 'partial') {
      const names = [fieldNames(outcome.failed), ...outcome.unknown].filter(Boolean).join(', ')
      message.warning(t('ticket.edit.partial', { fields: names }), { duration: 8000 })
    } else if (outcome.status === 'failed') message.error(describe(outcome.error), { duration: 8000 })
    else if (outcome.status === 'reloaded') message.info(t('ticket.stale.reloaded'))
    return outcome.status === 'saved'
  }

  async function saveStaged(): Promise<void> {
    report(await editor.saveStaged(), t('ticket.edit.saved'))
  }

  async function saveTitle(title: string): Promise<boolean> {
    return report(await editor.save(['title'], { title }), t('ticket.edit.saved'))
  }

  async function runAction(key: string, work: () => Promise<void>): Promise<void> {
    if (busyAction.value) return
    busyAction.value = key
    try {
      await work()
    } catch (failure) {
      message.error(describe(failure), { duration: 8000 })
    } finally {
      busyAction.value = null
    }
  }

  function toggleLock(): void {
    if (!permissions.lock.value.allowed || !ticket.value) return
    const lock = lockedByMe.value ? 'unlock' : 'lock'
    void runAction('lock', async () => {
      report(await editor.save(['lock'], { lock }), lock === 'lock' ? t('ticket.lock.locked') : t('ticket.lock.unlocked'))
    })
  }

  function toggleWatch(): void {
    if (!ticket.value) return
    const subscribe = ticket.value.HasWatch !== 1
    void runAction('watch', async () => {
      await editor.setWatch(subscribe)
      message.success(subscribe ? t('ticket.watch.watching') : t('ticket.watch.stopped'))
    })
  }

  function closeTicket(): void {
    const closed = reference.states.find((state) => state.Name === 'closed successful') ?? reference.states.find((state) => state.StateType === 'closed')
    if (!closed || !permissions.edit.value.allowed) return
    dialog.info({
      title: t('ticket.close.title'),
      content: t('ticket.close.text', { state: closed.Name }),
      positiveText: t('ticket.close.confirm'),
      negativeText: t('common.cancel'),
      onPositiveClick: () => void runAction('close', async () => {
        report(await editor.save(['state'], { stateId: closed.ID }), t('ticket.close.done'))
      }),
    })
  }

  function latestReplyTarget(): Article | null {
    const list = articles.value
    return [...list].reverse().find((article) => article.Direction === 'Incoming') ?? list[list.length - 1] ?? null
  }

  function openCompose(kind: ComposeKind, replyTo?: Article | null): void {
    const allowance = kind === 'email' ? permissions.reply.value : permissions.note.value
    if (!allowance.allowed) {
      if (allowance.reason) message.warning(t(allowance.reason, { queue: ticket.value?.Queue ?? '' }))
      return
    }
    const target = kind === 'email' ? (replyTo ?? latestReplyTarget()) : null
    const sender = target ? target.FromRealname || target.From || t('ticket.unknownSender') : ''
    compose.open(kind, target ? { article: target, attribution: t('compose.attribution', { date: formatServerDateTime(target.CreateTime, locale.value), sender }) } : undefined)
  }

  async function onSent(outcome: Extract<SendOutcome, { status: 'sent' }>): Promise<void> {
    if (outcome.failedFields.length > 0) message.warning(t('compose.sentPartially', { fields: outcome.failedFields.join(', ') }), { duration: 8000 })
    else message.success(t('compose.sent'))
    await source.refresh().catch(() => undefined)
  }

  async function markUnread(article: Article): Promise<void> {
    await runAction('unread', () => seen.markUnread(article.ArticleID))
  }

  function go(step: -1 | 1): void {
    const neighbour = neighbourTicket(recalledTicketList(), ticketId(), step)
    if (neighbour !== null) void router.push({ name: 'ticket', params: { ticketId: neighbour } })
    else message.info(step === 1 ? t('ticket.navigation.noNext') : t('ticket.navigation.noPrevious'))
  }

  /** The list the agent came from, fetched ahead when they are about to go back to it. */
  function prefetchList(): void {
    const remembered = recalledTicketList()
    prefetch.list(remembered?.listPath ?? { name: 'tickets' })
  }

  function backToList(): void {
    const remembered = recalledTicketList()
    void router.push(remembered?.listPath ?? { name: 'tickets' })
  }

  return {
    source,
    ticket,
    articles,
    editor,
    permissions,
    compose,
    seen,
    busyAction,
    changedElsewhere,
    showLatest,
    timeZone,
    lockedByMe,
    lockedByOther,
    saveStaged,
    saveTitle,
    toggleLock,
    toggleWatch,
    closeTicket,
    openCompose,
    onSent,
    markUnread,
    go,
    backToList,
    prefetchList,
  }
}
