import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useBrowserNotifications } from '@/entities/preferences/composables/useNotificationOptIn'
import { usePreferencesStore } from '@/stores/preferences'

/** A stand-in for the browser's Notification class that remembers what it was asked to show. */
function installNotifications(permission: NotificationPermission): string[] {
  const shown: string[] = []
  class FakeNotification {
    static permission = permission
    constructor(title: string) {
      shown.push(title)
    }
  }
  Object.defineProperty(window, 'Notification', { configurable: true, value: FakeNotification })
  return shown
}

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  Reflect.deleteProperty(window, 'Notification')
})

describe('useBrowserNotifications', () => {
  it('shows nothing until the agent opted in', () => {
    const shown = installNotifications('granted')
    expect(useBrowserNotifications().notify('3 new tickets')).toBeNull()
    expect(shown).toEqual([])
  })

  it('shows a notification when opted in and allowed', () => {
    const shown = installNotifications('granted')
    usePreferencesStore().notificationsEnabled = true
    expect(useBrowserNotifications().notify('3 new tickets')).not.toBeNull()
    expect(shown).toEqual(['3 new tickets'])
  })

  it('respects a permission the agent withdrew in the browser later', () => {
    const shown = installNotifications('denied')
    usePreferencesStore().notificationsEnabled = true
    expect(useBrowserNotifications().notify('3 new tickets')).toBeNull()
    expect(shown).toEqual([])
  })

  it('does nothing in a browser without notifications', () => {
    usePreferencesStore().notificationsEnabled = true
    expect(useBrowserNotifications().notify('3 new tickets')).toBeNull()
  })
})
