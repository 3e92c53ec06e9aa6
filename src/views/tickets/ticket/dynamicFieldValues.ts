import type { DynamicFieldDefinition } from '@/api/types'

export const EDITABLE_FIELD_TYPES = new Set(['Text', 'TextArea', 'Dropdown', 'Multiselect', 'Checkbox', 'Date', 'DateTime'])

export type FieldValue = string | string[] | null

/** The key of a Dropdown/Multiselect entry: the server reports the label, writes take the key. */
function keyOf(definition: DynamicFieldDefinition, value: unknown): string {
  const text = String(value)
  const possible = definition.Config.PossibleValues ?? {}
  if (text in possible) return text
  return Object.entries(possible).find(([, label]) => label === text)?.[0] ?? text
}

/** A field's current value from getTicketList (`DynamicFields[Name].Value`) in editor form. */
export function editorValue(definition: DynamicFieldDefinition, value: unknown): FieldValue {
  if (value === null || value === undefined || value === '') return definition.FieldType === 'Multiselect' ? [] : null
  switch (definition.FieldType) {
    case 'Dropdown':
      return keyOf(definition, value)
    case 'Multiselect':
      return (Array.isArray(value) ? value : [value]).map((item) => keyOf(definition, item))
    case 'Checkbox':
      return Number(value) === 1 ? '1' : '0'
    default:
      return String(value)
  }
}
