import { shallowRef } from 'vue'
import { lostPassword } from '@/api/auth'

/**
 * The "forgot password" request of the login screen (it lives with the account settings, the
 * only entity area of the agent's own account). The server answers the same for unknown users on
 * purpose, so the answer is shown as it comes and nothing is concluded from it.
 */
export function useLostPassword() {
  const sending = shallowRef(false)
  /** The server's confirmation (`Sent password reset instructions…`). */
  const answer = shallowRef<string | null>(null)
  const error = shallowRef<unknown>(null)

  async function request(user: string, token?: string): Promise<void> {
    if (sending.value) return
    sending.value = true
    answer.value = null
    error.value = null
    try {
      answer.value = (await lostPassword({ user, token: token?.trim() || undefined })).Message
    } catch (failure) {
      error.value = failure
    } finally {
      sending.value = false
    }
  }

  function clear(): void {
    answer.value = null
    error.value = null
  }

  return { sending, answer, error, request, clear }
}
