import { readApi, type CallOptions } from './client'
import { arrayOf, decode, object, string } from './validate'
import type { LanguageListAnswer } from './types'

/** The interface languages the server offers (`ID` like `en`, `en_GB`, `sr_Cyrl`). */
export async function getLanguageList(options?: CallOptions): Promise<LanguageListAnswer> {
  const answer = await readApi('settings', 'getLanguageList', {}, options)
  return decode('settings/getLanguageList', answer, (body) => ({
    Languages: arrayOf(body, 'Languages', 'answer', (value, path) => {
      const language = object(value, path)
      return { ID: string(language, 'ID', path), Name: string(language, 'Name', path) }
    }),
  }))
}
