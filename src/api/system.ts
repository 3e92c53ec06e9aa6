import { readApi, type CallOptions } from './client'
import { arrayOf, decode, isObject, number, object, optionalArrayOf, string, type Json } from './validate'
import type { DynamicFieldDefinition, DynamicFieldListAnswer, PackageListAnswer } from './types'

/** Installed RS4OTRS packages: RS4OTRS_API and, if present, RS4OTRS_Mobile. */
export async function getPackageList(options?: CallOptions): Promise<PackageListAnswer> {
  const answer = await readApi('system', 'getPackageList', {}, options)
  return decode('system/getPackageList', answer, (body) => ({
    Packages: arrayOf(body, 'Packages', 'answer', (value, path) => {
      const item = object(value, path)
      return { Name: string(item, 'Name', path), Version: string(item, 'Version', path) }
    }),
  }))
}

function checkField(value: unknown, path: string): DynamicFieldDefinition {
  const field = object(value, path)
  const config = isObject(field.Config) ? field.Config : {}
  if (config.PossibleValues !== undefined && config.PossibleValues !== null) object(config.PossibleValues, `${path}.Config.PossibleValues`)
  return {
    ID: number(field, 'ID', path),
    Name: string(field, 'Name', path),
    Label: string(field, 'Label', path),
    FieldType: string(field, 'FieldType', path),
    ObjectType: string(field, 'ObjectType', path),
    Config: config as DynamicFieldDefinition['Config'],
    Screens: isObject(field.Screens) ? field.Screens : {},
  }
}

/** Dynamic-field definitions for tickets and articles (type, label, possible values, screens). */
export async function getDynamicFieldList(options?: CallOptions): Promise<DynamicFieldListAnswer> {
  const answer = await readApi('system', 'getDynamicFieldList', {}, options)
  return decode('system/getDynamicFieldList', answer, (body) => {
    const fields: Json = object(body.DynamicFields, 'answer.DynamicFields')
    return {
      DynamicFields: {
        Ticket: optionalArrayOf(fields, 'Ticket', 'answer.DynamicFields', checkField),
        Article: optionalArrayOf(fields, 'Article', 'answer.DynamicFields', checkField),
      },
    }
  })
}

/** The oldest RS4OTRS_API this console is written against. */
export const REQUIRED_API_VERSION = '6.41'

/**
 * Whether an RS4OTRS_API version is at least 6.41. The OTRS 6 line counts 6.36, 6.40, 6.41, …;
 * the Znuny editions restart at 6.4.x/6.5.x (the server behind our fixtures runs 6.5.1) and are
 * newer than that whole line. null when the version cannot be read.
 */
export function isApiVersionSupported(version: string): boolean | null {
  const match = /^\s*(\d+)\.(\d+)(?:\.(\d+))?/.exec(version)
  if (!match) return null
  const major = Number(match[1])
  const minor = Number(match[2])
  if (major !== 6) return major > 6
  if (minor >= 10) return minor >= 41
  // Single-digit minors: 6.0.x is the first OTRS 6 line; 6.4.x and later are the Znuny editions.
  return minor >= 4
}
