import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { login as apiLogin, logout as apiLogout } from '@/api/auth'
import { setSessionCredentials, type SessionCredentials } from '@/api/client'
import type { Me } from '@/api/types'

const STORAGE_KEY = 'otrs-console.session'

interface StoredSession {
  credentials: SessionCredentials
  me: Me
  language: string | null
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as StoredSession
    return parsed?.credentials?.sessionValue && parsed.me ? parsed : null
  } catch {
    return null
  }
}

/**
 * The signed-in agent and their session. The token lives in sessionStorage (survives a reload, not
 * shared with other browser sessions) and goes to the API layer, which puts it in POST bodies.
 */
export const useSessionStore = defineStore('session', () => {
  const stored = readStoredSession()
  if (stored) setSessionCredentials(stored.credentials)

  const me = ref<Me | null>(stored?.me ?? null)
  /** The agent's OTRS interface language from login (`Settings.Language`). */
  const serverLanguage = ref<string | null>(stored?.language ?? null)
  /** Set when the server said the session is gone; cleared by the next login. */
  const expired = ref(false)

  const isAuthenticated = computed(() => me.value !== null)
  const agentName = computed(() => me.value?.FullName || me.value?.UserLogin || '')

  async function login(user: string, password: string): Promise<void> {
    const answer = await apiLogin(user, password)
    const credentials: SessionCredentials = {
      sessionName: answer.SessionName,
      sessionValue: answer.SessionValue,
      challengeToken: answer.ChallengeToken,
    }
    setSessionCredentials(credentials)
    me.value = answer.Me
    serverLanguage.value = answer.Settings?.Language ?? null
    expired.value = false
    const toStore: StoredSession = { credentials, me: answer.Me, language: serverLanguage.value }
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(toStore))
  }

  function forget(): void {
    setSessionCredentials(null)
    sessionStorage.removeItem(STORAGE_KEY)
    me.value = null
    serverLanguage.value = null
  }

  /** Ends the session on the server (best effort) and forgets it here in any case. */
  async function logout(): Promise<void> {
    try {
      if (me.value) await apiLogout()
    } catch {
      // The session may already be gone on the server; nothing is left to clean up there.
    } finally {
      forget()
      expired.value = false
    }
  }

  /** The server no longer knows our token: forget it, remember why for the login screen. */
  function markExpired(): void {
    forget()
    expired.value = true
  }

  return { me, serverLanguage, expired, isAuthenticated, agentName, login, logout, markExpired }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
