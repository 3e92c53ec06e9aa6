import { computed, shallowRef } from 'vue'
import { usePreferencesStore } from '@/stores/preferences'

/** The browser's answer so far, or `unsupported` when it has no notifications at all. */
export type NotificationAccess = NotificationPermission | 'unsupported'

function currentAccess(): NotificationAccess {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification.permission : 'unsupported'
}

/**
 * Switching browser notifications on and off. The browser is asked for permission only when the
 * agent switches them on (never on page load); a refusal leaves the preference off.
 */
export function useNotificationOptIn() {
  const preferences = usePreferencesStore()
  const access = shallowRef<NotificationAccess>(currentAccess())
  const asking = shallowRef(false)

  /** On in the preferences and allowed by the browser: only then is anything shown. */
  const active = computed(() => preferences.notificationsEnabled && access.value === 'granted')

  async function setEnabled(enabled: boolean): Promise<void> {
    access.value = currentAccess()
    if (!enabled) {
      preferences.notificationsEnabled = false
      return
    }
    if (access.value === 'default') {
      asking.value = true
      try {
        access.value = await window.Notification.requestPermission()
      } catch {
        access.value = currentAccess()
      } finally {
        asking.value = false
      }
    }
    preferences.notificationsEnabled = access.value === 'granted'
  }

  return { access, asking, active, setEnabled }
}

/**
 * Shows a browser notification when the agent opted in and the browser allows it; otherwise does
 * nothing. For the screens that notice new work (e.g. a view's count grew).
 */
export function useBrowserNotifications() {
  const preferences = usePreferencesStore()
  function notify(title: string, options: NotificationOptions = {}): Notification | null {
    if (!preferences.notificationsEnabled || currentAccess() !== 'granted') return null
    return new window.Notification(title, options)
  }
  return { notify }
}
