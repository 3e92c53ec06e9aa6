import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { login as apiLogin, logout as apiLogout } from '@/api/auth'
import { setSessionCredentials, setSessionRecovery, type SessionCredentials } from '@/api/client'
import type { LoginAnswer, Me } from '@/api/types'
import { resetAllStores } from './resetStores'

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
  /**
   * The agent whose data the other stores (and this tab's session storage) may still hold: the
   * signed-in one, or the one whose session expired, so they can continue where they left off.
   * Null once nothing of an agent is left (after a logout).
   */
  let dataOwner: number | null = stored?.me.ID ?? null

  const isAuthenticated = computed(() => me.value !== null)
  const agentName = computed(() => me.value?.FullName || me.value?.UserLogin || '')

  /** Set while a re-login dialog asks for the password after the server said the session is gone. */
  const reloginRequired = ref(false)
  let reloginDialogs = 0
  let settleRelogin: ((restored: boolean) => void) | null = null

  function start(answer: LoginAnswer): void {
    const credentials: SessionCredentials = {
      sessionName: answer.SessionName,
      sessionValue: answer.SessionValue,
      challengeToken: answer.ChallengeToken,
    }
    setSessionCredentials(credentials)
    me.value = answer.Me
    dataOwner = answer.Me.ID
    serverLanguage.value = answer.Settings?.Language ?? null
    expired.value = false
    const toStore: StoredSession = { credentials, me: answer.Me, language: serverLanguage.value }
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(toStore))
  }

  function endRelogin(restored: boolean): void {
    reloginRequired.value = false
    const settle = settleRelogin
    settleRelogin = null
    settle?.(restored)
  }

  async function login(user: string, password: string): Promise<void> {
    const previousAgent = me.value?.ID ?? dataOwner
    const answer = await apiLogin(user, password)
    const sameAgent = previousAgent === answer.Me.ID
    // Another agent (or one we cannot tell) after an expired session: nothing of the previous
    // agent may show, so every store starts clean, as after a logout. The same agent keeps it all.
    if (!sameAgent) forgetPreviousAgent()
    start(answer)
    // Signed in on the login page while a re-login was pending: waiting reads may run again only
    // for the same agent.
    endRelogin(sameAgent)
  }

  function forgetPreviousAgent(): void {
    resetAllStores()
    try {
      // What the tab kept for the previous agent's session (e.g. the list to step through).
      sessionStorage.clear()
    } catch {
      // Without storage there is nothing to clear.
    }
    dataOwner = null
  }

  /**
   * The re-login flow of the API layer: when the server says the session is gone, a mounted
   * re-login dialog asks for the same agent's password; reads that failed meanwhile run once more
   * afterwards. Without a dialog (or signed out) the expiry goes straight to the app's
   * `onSessionExpired` handling.
   */
  setSessionRecovery(() => {
    if (!me.value || reloginDialogs === 0) return Promise.resolve(false)
    reloginRequired.value = true
    return new Promise<boolean>((resolve) => {
      settleRelogin = resolve
    })
  })

  /** A re-login dialog announces itself while mounted; returns the matching sign-off. */
  function registerReloginDialog(): () => void {
    reloginDialogs += 1
    let registered = true
    return () => {
      if (!registered) return
      registered = false
      reloginDialogs -= 1
    }
  }

  /** Restores the expired session for the same agent; the screen keeps its state. */
  async function relogin(password: string): Promise<void> {
    const login = me.value?.UserLogin
    if (!login) throw new Error('relogin needs a signed-in agent')
    const answer = await apiLogin(login, password)
    start(answer)
    endRelogin(true)
  }

  /**
   * The agent gave up on the re-login: the waiting calls fail, the app's session-expired handling
   * runs (e.g. the login page), and the session is forgotten here in any case.
   */
  async function cancelRelogin(): Promise<void> {
    endRelogin(false)
    // Let the API layer's expiry listeners (which may still want the agent's identity) run first.
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (me.value) markExpired()
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
      // Everything this tab kept for the agent's session (e.g. the list to step through) goes too.
      sessionStorage.clear()
      dataOwner = null
      expired.value = false
      endRelogin(false)
    }
  }

  /** The server no longer knows our token: forget it, remember why for the login screen. */
  function markExpired(): void {
    forget()
    expired.value = true
    endRelogin(false)
  }

  return {
    me,
    serverLanguage,
    expired,
    isAuthenticated,
    agentName,
    login,
    logout,
    markExpired,
    reloginRequired,
    registerReloginDialog,
    relogin,
    cancelRelogin,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))

/** Whether a failed sign-in was refused for its credentials (the login form clears the password only then). */
export { isWrongCredentials } from '@/api/errorMessages'
