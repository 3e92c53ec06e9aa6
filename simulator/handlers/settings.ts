/** settings/* and system/*: languages, push tokens (mobile add-on only), packages, dynamic fields. */
import { DYNAMIC_FIELDS, LANGUAGES, PACKAGES, type DynamicFieldDef } from '../world/reference.ts'
import type { JsonObject } from '../records.ts'
import { fail, ok, type Handler } from './context.ts'

const getLanguageList: Handler = () => ok({ Languages: LANGUAGES.map(([id, name]) => ({ ID: id, Name: name })) })

/** RS4OTRS_Mobile is not installed on the recorded server, so this always refuses */
const setPushNotificationToken: Handler = () => fail('RS4OTRS_Mobile package must be installed!')

const getPackageList: Handler = () => ok({ Packages: PACKAGES.map((entry) => ({ ...entry })) })

function fieldJson(field: DynamicFieldDef): JsonObject {
  return {
    ID: field.id, Name: field.name, Label: field.label, FieldType: field.fieldType, ObjectType: field.objectType,
    Config: field.possibleValues ? { PossibleValues: { ...field.possibleValues } } : {},
    Screens: field.mobileScreen ? { AgentMobileTicketNote: field.mobileScreen } : {},
  }
}

const getDynamicFieldList: Handler = () => ok({
  DynamicFields: {
    Ticket: DYNAMIC_FIELDS.filter((field) => field.objectType === 'Ticket').map(fieldJson),
    Article: DYNAMIC_FIELDS.filter((field) => field.objectType === 'Article').map(fieldJson),
  },
})

export const settingsHandlers: Record<string, Handler> = { getLanguageList, setPushNotificationToken }
export const systemHandlers: Record<string, Handler> = { getPackageList, getDynamicFieldList }
