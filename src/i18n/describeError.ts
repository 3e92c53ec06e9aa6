import { useI18n } from 'vue-i18n'
import { errorMessageKey } from '@/api/errorMessages'
import { isApiError } from '@/api/errors'

/** Turns any failure into a sentence an agent understands, in the current language. */
export function useDescribeError(): (error: unknown) => string {
  const { t, te } = useI18n()
  return (error: unknown) => {
    if (isApiError(error)) {
      const key = errorMessageKey(error)
      if (te(key)) return t(key)
      if (error.serverMessage) return error.serverMessage
      return t(`errors.kind.${error.kind}`)
    }
    return t('errors.unexpected')
  }
}
