import { useI18n } from 'vue-i18n'
import { errorMessage } from '@/api/errorMessages'
import { isApiError } from '@/api/errors'

/** Turns any failure into a sentence an agent understands, in the current language. */
export function useDescribeError(): (error: unknown) => string {
  const { t, te } = useI18n()
  return (error: unknown) => {
    if (!isApiError(error)) return t('errors.unexpected')
    const { key, params } = errorMessage(error)
    if (te(key)) return t(key, params)
    return error.serverMessage ?? t(`errors.kind.${error.kind}`)
  }
}
