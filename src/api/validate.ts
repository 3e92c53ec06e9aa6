import { ApiError } from './errors'

/**
 * Small hand-written shape checks for answers at the API boundary. They check what the console
 * relies on (IDs are numbers, names are strings, lists are lists) and leave the rest alone, so a
 * surprising answer becomes one clear ApiError instead of a crash deep in a view.
 */

export type Json = Record<string, unknown>

/** Thrown by the checks; {@link decode} turns it into an ApiError of kind `server`. */
export class ShapeError extends Error {
  constructor(readonly path: string, expected: string, actual: unknown) {
    super(`${path}: expected ${expected}, got ${actual === null ? 'null' : Array.isArray(actual) ? 'array' : typeof actual}`)
    this.name = 'ShapeError'
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new ShapeError(path, 'object', value)
  return value
}

export function number(value: Json, key: string, path: string): number {
  const field = value[key]
  if (typeof field !== 'number' || Number.isNaN(field)) throw new ShapeError(`${path}.${key}`, 'number', field)
  return field
}

export function nullableNumber(value: Json, key: string, path: string): number | null {
  const field = value[key]
  if (field === null || field === undefined) return null
  return number(value, key, path)
}

export function string(value: Json, key: string, path: string): string {
  const field = value[key]
  if (typeof field !== 'string') throw new ShapeError(`${path}.${key}`, 'string', field)
  return field
}

/** A string that the server sends as `null` (or leaves out) when empty. */
export function nullableString(value: Json, key: string, path: string): string | null {
  const field = value[key]
  if (field === null || field === undefined) return null
  if (typeof field !== 'string') throw new ShapeError(`${path}.${key}`, 'string or null', field)
  return field
}

export function array(value: Json, key: string, path: string): unknown[] {
  const field = value[key]
  if (!Array.isArray(field)) throw new ShapeError(`${path}.${key}`, 'array', field)
  return field
}

/** Checks each item of `value[key]` with `item`, giving each its index in the path. */
export function arrayOf<T>(value: Json, key: string, path: string, item: (entry: unknown, path: string) => T): T[] {
  return array(value, key, path).map((entry, index) => item(entry, `${path}.${key}[${index}]`))
}

/** An optional array: absent or null is an empty list. */
export function optionalArrayOf<T>(value: Json, key: string, path: string, item: (entry: unknown, path: string) => T): T[] {
  if (value[key] === undefined || value[key] === null) return []
  return arrayOf(value, key, path, item)
}

/** Runs the checks on a server answer; a shape mismatch becomes `ApiError('server', …)`. */
export function decode<T>(endpoint: string, answer: unknown, check: (answer: Json) => T): T {
  try {
    return check(object(answer, 'answer'))
  } catch (error) {
    if (error instanceof ShapeError) {
      throw new ApiError('server', endpoint, null, { status: 200, cause: error, code: 'unexpectedAnswer' })
    }
    throw error
  }
}
