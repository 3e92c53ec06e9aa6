import { computed, h, type Ref, type VNode } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useNow, useStorage } from '@vueuse/core'
import type { SortField } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import { DEFAULT_PRIORITY_COLOR, priorityTag } from '@/entities/ticket/PriorityTag.vue'
import { stateDotColor, stateTag } from '@/entities/ticket/StateTag.vue'
import type { OrderDirection, TicketListSort } from '@/entities/ticket/composables/ticketListQuery'
import { usePreferencesStore } from '@/stores/preferences'
import { useReferenceStore } from '@/stores/reference'
import { formatAge, formatServerDateTime } from '@/utils/time'
import { ownerCell } from './OwnerCell.vue'
import { ticketTitleCell } from './TicketTitleCell.vue'
import { timeCell } from './TimeCell.vue'
import { formatRelative, secondsSinceServerTime } from './relativeTime'

export const COLUMN_KEYS = [
  'number',
  'title',
  'queue',
  'state',
  'priority',
  'owner',
  'responsible',
  'type',
  'customer',
  'age',
  'changed',
] as const
export type ColumnKey = (typeof COLUMN_KEYS)[number]

const HIDDEN_BY_DEFAULT: ColumnKey[] = ['responsible', 'type']
const DEFAULT_WIDTHS: Record<ColumnKey, number> = {
  number: 160,
  title: 280,
  queue: 140,
  state: 175,
  priority: 110,
  owner: 140,
  responsible: 140,
  type: 120,
  customer: 150,
  age: 90,
  changed: 120,
}
export const MIN_COLUMN_WIDTH = 70

/** The server field each sortable column sorts by. */
export const COLUMN_SORT: Partial<Record<ColumnKey, SortField>> = {
  number: 'TicketNumber',
  title: 'Title',
  queue: 'Queue',
  state: 'State',
  priority: 'Priority',
  owner: 'Owner',
  customer: 'CustomerID',
  age: 'Age',
  changed: 'Changed',
}

export type TableOrder = 'ascend' | 'descend'

/**
 * The table's arrow for a server order. "Age" counts up as tickets get older, while the server
 * sorts it by creation time: its "Down" (newest first) is the smallest age first.
 */
export function tableOrderFor(field: SortField, order: OrderDirection): TableOrder {
  const ascending = field === 'Age' ? order === 'Down' : order === 'Up'
  return ascending ? 'ascend' : 'descend'
}

export function serverOrderFor(field: SortField, order: TableOrder): OrderDirection {
  const up = order === 'ascend'
  return (field === 'Age' ? !up : up) ? 'Up' : 'Down'
}

export interface ColumnPrefs {
  order: ColumnKey[]
  hidden: ColumnKey[]
  widths: Partial<Record<ColumnKey, number>>
}

function defaultPrefs(): ColumnPrefs {
  return { order: [...COLUMN_KEYS], hidden: [...HIDDEN_BY_DEFAULT], widths: {} }
}

function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && (COLUMN_KEYS as readonly string[]).includes(value)
}

/** Stored prefs made whole: unknown keys dropped, columns added since then appended. */
export function normalisePrefs(stored: Partial<ColumnPrefs> | null | undefined): ColumnPrefs {
  const order = (Array.isArray(stored?.order) ? stored.order : []).filter(isColumnKey)
  const unique = [...new Set(order)]
  for (const key of COLUMN_KEYS) if (!unique.includes(key)) unique.push(key)
  const hidden = (Array.isArray(stored?.hidden) ? stored.hidden : HIDDEN_BY_DEFAULT).filter(isColumnKey)
  const widths: Partial<Record<ColumnKey, number>> = {}
  for (const [key, width] of Object.entries(stored?.widths ?? {})) {
    if (isColumnKey(key) && typeof width === 'number' && width >= MIN_COLUMN_WIDTH) widths[key] = Math.round(width)
  }
  // The number opens the ticket: it cannot be hidden.
  return { order: unique, hidden: hidden.filter((key) => key !== 'number'), widths }
}

/** Column choice, order and widths, remembered per agent in this browser. */
export function useColumnPrefs(agentLogin: () => string) {
  const stored = useStorage<Partial<ColumnPrefs>>(`otrs-console.ticketList.columns.${agentLogin() || 'anonymous'}`, defaultPrefs(), localStorage, {
    mergeDefaults: false,
  })
  const prefs = computed(() => normalisePrefs(stored.value))

  function save(next: ColumnPrefs): void {
    stored.value = normalisePrefs(next)
  }
  function setVisible(key: ColumnKey, visible: boolean): void {
    const hidden = prefs.value.hidden.filter((candidate) => candidate !== key)
    save({ ...prefs.value, hidden: visible ? hidden : [...hidden, key] })
  }
  function move(key: ColumnKey, delta: -1 | 1): void {
    const order = [...prefs.value.order]
    const from = order.indexOf(key)
    const to = from + delta
    if (from < 0 || to < 0 || to >= order.length) return
    order.splice(from, 1)
    order.splice(to, 0, key)
    save({ ...prefs.value, order })
  }
  function setWidth(key: ColumnKey, width: number): void {
    save({ ...prefs.value, widths: { ...prefs.value.widths, [key]: width } })
  }
  function reset(): void {
    save(defaultPrefs())
  }
  return { prefs, setVisible, move, setWidth, reset }
}

function customerName(row: Ticket): string {
  return [row.CustomerUserFirstname, row.CustomerUserLastname].filter(Boolean).join(' ') || row.CustomerUserID || row.CustomerID || '—'
}

/** What RouterLink does on a click: plain left clicks navigate in the app, the rest go to the browser. */
function isPlainLeftClick(event: MouseEvent): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey
}

/** A cell's content cut short with "…" (TicketTable.vue styles it; its title carries all of it). */
const CLIPPED = 'cell-clip'

function clipped(content: VNode): VNode {
  return h('span', { class: CLIPPED }, [content])
}

/** A column of the ticket table (TicketTable.vue): its header, width, sort arrow and cell renderer. */
export interface TicketTableColumn {
  key: ColumnKey
  label: string
  width: number
  /** The column's arrow: undefined when the column cannot be sorted. */
  sortOrder: TableOrder | false | undefined
  render: (row: Ticket) => VNode
}

/**
 * The table's columns for the agent's prefs, the current sort and time display.
 *
 * Cells are plain elements with CSS ellipsis and native titles, drawn by the cell modules' render
 * functions rather than as components: with 100 rows, a component (let alone NEllipsis with an
 * NTooltip, or an NTag) per cell made a page take seconds to draw.
 */
export function useTicketColumns(prefs: Ref<ColumnPrefs>, sort: Ref<TicketListSort>) {
  const { t, locale } = useI18n()
  const router = useRouter()
  const preferences = usePreferencesStore()
  const reference = useReferenceStore()
  // Relative times move on by themselves; a minute is fine-grained enough for a list.
  const now = useNow({ interval: 60_000 })

  function ticketLink(row: Ticket): VNode {
    const to: RouteLocationRaw = { name: 'ticket', params: { ticketId: row.TicketID } }
    return h(
      'a',
      {
        href: router.resolve(to).href,
        class: 'ticket-link',
        title: row.TicketNumber,
        onClick: (event: MouseEvent) => {
          if (!isPlainLeftClick(event)) return
          event.preventDefault()
          router.push(to).catch(() => undefined)
        },
      },
      row.TicketNumber,
    )
  }

  /** Plain text, cut short with "…"; its native title shows all of it. */
  function textCell(text: string): VNode {
    return h('span', { class: CLIPPED, title: text || undefined }, text)
  }

  function timeCellFor(relative: string, exact: string): VNode {
    return preferences.timeDisplay === 'absolute' ? timeCell(exact, relative) : timeCell(relative, exact)
  }

  const renderers: Record<ColumnKey, (row: Ticket) => VNode> = {
    number: (row) => clipped(ticketLink(row)),
    // The title cell cuts its own text short, next to its badges.
    title: (row) => ticketTitleCell(row, t, locale.value),
    queue: (row) => textCell(row.Queue),
    state: (row) =>
      clipped(
        stateTag({ name: row.State, stateType: row.StateType, dotColor: stateDotColor(reference.stateById.get(row.StateID)), title: row.State }),
      ),
    priority: (row) =>
      clipped(priorityTag(row.Priority, reference.priorityById.get(row.PriorityID)?.Color ?? DEFAULT_PRIORITY_COLOR, row.Priority)),
    owner: (row) => clipped(ownerCell(row.Owner, row.Lock === 'lock' ? t('tickets.lockedBy', { owner: row.Owner }) : null)),
    responsible: (row) => textCell(row.Responsible),
    type: (row) => textCell(row.Type ?? '—'),
    customer: (row) => textCell(customerName(row)),
    age: (row) => clipped(timeCellFor(formatAge(row.Age, locale.value), formatServerDateTime(row.Created, locale.value))),
    changed: (row) => {
      const seconds = secondsSinceServerTime(row.ChangedServer, now.value.getTime())
      const relative = seconds === null ? '' : formatRelative(-seconds, locale.value)
      return clipped(timeCellFor(relative, formatServerDateTime(row.Changed, locale.value)))
    },
  }

  const columns = computed<TicketTableColumn[]>(() =>
    prefs.value.order
      .filter((key) => !prefs.value.hidden.includes(key))
      .map((key) => {
        const field = COLUMN_SORT[key]
        const sorted = field !== undefined && !sort.value.smartSort && sort.value.sortBy === field
        return {
          key,
          label: t(`tickets.columns.${key}`),
          width: prefs.value.widths[key] ?? DEFAULT_WIDTHS[key],
          sortOrder: field ? (sorted && sort.value.sortBy ? tableOrderFor(sort.value.sortBy, sort.value.order) : false) : undefined,
          render: renderers[key],
        }
      }),
  )

  return { columns }
}
