import { computed, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useNow } from '@vueuse/core'
import { usePreferencesStore } from '@/stores/preferences'
import { useReferenceStore } from '@/stores/reference'
import { useSessionStore } from '@/stores/session'
import { displayServerTime, type DisplayedTime } from '../timeDisplay'

/**
 * The agent's OTRS time zone (getUserList), in which the server writes every time; null while
 * unknown or when the agent never set one.
 */
export function useAgentTimeZone() {
  const session = useSessionStore()
  const reference = useReferenceStore()
  watchEffect(() => {
    if (session.isAuthenticated && reference.state === 'idle') void reference.ensureLoaded().catch(() => undefined)
  })
  return computed(() => {
    const id = session.me?.ID
    return id === undefined ? null : (reference.agentById.get(id)?.UserTimeZone ?? null)
  })
}

/**
 * Formats server times the way the agent chose (relative or absolute), in their language, and
 * keeps relative times current.
 */
export function useTimeDisplay() {
  const preferences = usePreferencesStore()
  const { locale } = useI18n()
  const timeZone = useAgentTimeZone()
  const now = useNow({ interval: 30_000 })

  function display(value: string | null | undefined): DisplayedTime {
    return displayServerTime(value, {
      display: preferences.timeDisplay,
      locale: locale.value,
      timeZone: timeZone.value,
      nowMs: now.value.getTime(),
    })
  }

  return { display, timeZone, now }
}
