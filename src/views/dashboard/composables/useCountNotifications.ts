import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { usePreferencesStore } from '@/stores/preferences'
import { grownCounts } from '@/utils/countChanges'

export interface ObservedCount {
  key: string
  label: string
  count: number
  to: RouteLocationRaw
}

export type NotificationSupport = 'granted' | 'default' | 'denied' | 'unsupported'

function browserNotification(): typeof Notification | null {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification : null
}

/**
 * Opt-in browser notifications when a count grows between two refreshes. The browser is asked
 * for permission only when the agent switches it on; the first round only sets the baseline.
 */
export function useCountNotifications(): {
  enabled: ComputedRef<boolean>
  support: Ref<NotificationSupport>
  setEnabled: (on: boolean) => Promise<void>
  observe: (counts: ObservedCount[]) => void
} {
  const preferences = usePreferencesStore()
  const router = useRouter()
  const { t } = useI18n()
  const api = browserNotification()
  const support = ref<NotificationSupport>(api ? api.permission : 'unsupported')
  const enabled = computed(() => preferences.notificationsEnabled && support.value === 'granted')
  let previous = new Map<string, number>()

  async function setEnabled(on: boolean): Promise<void> {
    if (!on || !api) {
      preferences.notificationsEnabled = false
      return
    }
    const answer = api.permission === 'granted' ? 'granted' : await api.requestPermission()
    support.value = answer
    preferences.notificationsEnabled = answer === 'granted'
  }

  function observe(counts: ObservedCount[]): void {
    const next = new Map(counts.map((entry) => [entry.key, entry.count]))
    const grown = grownCounts(previous, next)
    previous = new Map([...previous, ...next])
    if (!enabled.value || !api) return
    for (const growth of grown) {
      const entry = counts.find((candidate) => candidate.key === growth.key)
      if (!entry) continue
      const notification = new api(t('dashboard.notify.title', { view: entry.label, count: growth.next }), {
        body: t('dashboard.notify.body', { delta: growth.next - growth.previous }),
        tag: `otrs-console-${growth.key}`,
      })
      notification.onclick = () => {
        window.focus()
        void router.push(entry.to)
        notification.close()
      }
    }
  }

  return { enabled, support, setEnabled, observe }
}
