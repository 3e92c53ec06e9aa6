import { computed, h, type Ref } from 'vue'
import { RouterLink } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useNow, useStorage } from '@vueuse/core'
import type { DataTableColumns } from 'naive-ui'
import type { SortField } from '@/api/tickets'
import type { Ticket } from '@/api/types'
import PriorityTag from '@/entities/ticket/PriorityTag.vue'
import StateTag from '@/entities/ticket/StateTag.vue'
import type { OrderDirection, TicketListSort } from '@/entities/ticket/composables/ticketListQuery'
import { usePreferencesStore } from '@/stores/preferences'
import { formatAge, formatServerDateTime } from '@/utils/time'
import OwnerCell from './OwnerCell.vue'
import TicketTitleCell from './TicketTitleCell.vue'
import TimeCell from './TimeCell.vue'
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
const MIN_WIDTH = 70

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

type TableOrder = 'ascend' | 'descend'

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
    if (isColumnKey(key) && typeof width === 'number' && width >= MIN_WIDTH) widths[key] = Math.round(width)
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

/** The table's columns for the agent's prefs, the current sort and time display. */
export function useTicketColumns(prefs: Ref<ColumnPrefs>, sort: Ref<TicketListSort>) {
  const { t, locale } = useI18n()
  const preferences = usePreferencesStore()
  // Relative times move on by themselves; a minute is fine-grained enough for a list.
  const now = useNow({ interval: 60_000 })

  function timeCell(relative: string, exact: string) {
    return preferences.timeDisplay === 'absolute' ? h(TimeCell, { shown: exact, hover: relative }) : h(TimeCell, { shown: relative, hover: exact })
  }

  const renderers: Record<ColumnKey, (row: Ticket) => ReturnType<typeof h> | string> = {
    number: (row) =>
      h(RouterLink, { to: { name: 'ticket', params: { ticketId: row.TicketID } }, class: 'ticket-link' }, () => row.TicketNumber),
    title: (row) => h(TicketTitleCell, { ticket: row }),
    queue: (row) => row.Queue,
    state: (row) => h(StateTag, { name: row.State, stateType: row.StateType, stateId: row.StateID }),
    priority: (row) => h(PriorityTag, { priorityId: row.PriorityID, name: row.Priority }),
    owner: (row) => h(OwnerCell, { owner: row.Owner, locked: row.Lock === 'lock' }),
    responsible: (row) => row.Responsible,
    type: (row) => row.Type ?? '—',
    customer: customerName,
    age: (row) => timeCell(formatAge(row.Age, locale.value), formatServerDateTime(row.Created, locale.value)),
    changed: (row) => {
      const seconds = secondsSinceServerTime(row.ChangedServer, now.value.getTime())
      const relative = seconds === null ? '' : formatRelative(-seconds, locale.value)
      return timeCell(relative, formatServerDateTime(row.Changed, locale.value))
    },
  }

  /** The table scrolls sideways once the chosen columns are wider than the page. */
  const scrollWidth = computed(() =>
    prefs.value.order
      .filter((key) => !prefs.value.hidden.includes(key))
      .reduce((sum, key) => sum + (prefs.value.widths[key] ?? DEFAULT_WIDTHS[key]), 44),
  )

  const columns = computed<DataTableColumns<Ticket>>(() => {
    const visible = prefs.value.order.filter((key) => !prefs.value.hidden.includes(key))
    return [
      { type: 'selection', width: 44 },
      ...visible.map((key) => {
        const field = COLUMN_SORT[key]
        const sorted = field !== undefined && !sort.value.smartSort && sort.value.sortBy === field
        return {
          key,
          title: t(`tickets.columns.${key}`),
          width: prefs.value.widths[key] ?? DEFAULT_WIDTHS[key],
          minWidth: MIN_WIDTH,
          resizable: true,
          ellipsis: key === 'title' ? false : { tooltip: true },
          sorter: field ? true : undefined,
          sortOrder: field ? (sorted && sort.value.sortBy ? tableOrderFor(sort.value.sortBy, sort.value.order) : false) : undefined,
          render: renderers[key],
        }
      }),
    ] as DataTableColumns<Ticket>
  })

  return { columns, scrollWidth }
}
