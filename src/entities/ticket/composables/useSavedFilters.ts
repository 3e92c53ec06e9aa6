import { computed } from 'vue'
import { useStorage } from '@vueuse/core'

export interface SavedFilter {
  id: string
  name: string
  /** The list's URL query without the page (see ticketListQuery). */
  query: Record<string, string>
}

function isSavedFilter(value: unknown): value is SavedFilter {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<SavedFilter>
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.name === 'string' &&
    typeof candidate.query === 'object' &&
    candidate.query !== null &&
    Object.values(candidate.query).every((entry) => typeof entry === 'string')
  )
}

/** The agent's saved ticket-list filters, kept in this browser per agent login. */
export function useSavedFilters(agentLogin: string) {
  const stored = useStorage<unknown[]>(`otrs-console.ticketList.savedFilters.${agentLogin || 'anonymous'}`, [], localStorage)
  const filters = computed<SavedFilter[]>(() => (Array.isArray(stored.value) ? stored.value.filter(isSavedFilter) : []))

  /** Saves the query under `name`; a filter with the same name is replaced. */
  function save(name: string, query: Record<string, string>): SavedFilter {
    const trimmed = name.trim()
    const { page: _page, ...withoutPage } = query
    const existing = filters.value.find((filter) => filter.name.toLowerCase() === trimmed.toLowerCase())
    const saved: SavedFilter = { id: existing?.id ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`, name: trimmed, query: withoutPage }
    stored.value = existing
      ? filters.value.map((filter) => (filter.id === existing.id ? saved : filter))
      : [...filters.value, saved]
    return saved
  }

  function remove(id: string): void {
    stored.value = filters.value.filter((filter) => filter.id !== id)
  }

  return { filters, save, remove }
}
