import { readApi, type CallOptions } from './client'
import { arrayOf, decode, nullableString, number, object, ShapeError, string } from './validate'
import type { Agent, Permission, PermissionGroup, UserListAnswer, UserPermissionsAnswer } from './types'

/**
 * Keeps only the fields the console needs. The server also sends `UserPw` (a password hash),
 * reset tokens and UI preferences: none of that is ever kept, shown or logged.
 */
function checkAgent(value: unknown, path: string): Agent {
  const user = object(value, path)
  const login = string(user, 'UserLogin', path)
  const firstname = nullableString(user, 'UserFirstname', path) ?? ''
  const lastname = nullableString(user, 'UserLastname', path) ?? ''
  return {
    UserID: number(user, 'UserID', path),
    UserLogin: login,
    UserFirstname: firstname,
    UserLastname: lastname,
    UserFullname: nullableString(user, 'UserFullname', path) ?? (`${firstname} ${lastname}`.trim() || login),
    UserEmail: nullableString(user, 'UserEmail', path) ?? '',
    UserTitle: nullableString(user, 'UserTitle', path),
    UserLanguage: nullableString(user, 'UserLanguage', path),
    UserTimeZone: nullableString(user, 'UserTimeZone', path),
    ValidID: number(user, 'ValidID', path),
  }
}

/** Agents (all, or those with access to `queueId`), stripped of password hashes and preferences. */
export async function getUserList(params: { queueId?: number } = {}, options?: CallOptions): Promise<UserListAnswer> {
  const answer = await readApi('users', 'getUserList', { QueueID: params.queueId }, options)
  return decode('users/getUserList', answer, (body) => {
    const users = arrayOf(body, 'Users', 'answer', checkAgent)
    return { Users: users, Count: typeof body.Count === 'number' ? body.Count : users.length }
  })
}

const PERMISSIONS = new Set<string>(['ro', 'move_into', 'create', 'note', 'owner', 'priority', 'rw'])

function checkGroup(value: unknown, path: string): PermissionGroup {
  const group = object(value, path)
  return {
    ID: number(group, 'ID', path),
    Name: string(group, 'Name', path),
    Permissions: arrayOf(group, 'Permissions', path, (entry, entryPath) => {
      if (typeof entry !== 'string') throw new ShapeError(entryPath, 'string', entry)
      return entry
    }).filter((entry): entry is Permission => PERMISSIONS.has(entry)),
    Queues: arrayOf(group, 'Queues', path, (entry, entryPath) => {
      const queue = object(entry, entryPath)
      return { ID: number(queue, 'ID', entryPath), Name: string(queue, 'Name', entryPath) }
    }),
  }
}

/** The agent's permission kinds per group, with the queues of each group. */
export async function getUserPermissions(options?: CallOptions): Promise<UserPermissionsAnswer> {
  const answer = await readApi('users', 'getUserPermissions', {}, options)
  return decode('users/getUserPermissions', answer, (body) => ({ Groups: arrayOf(body, 'Groups', 'answer', checkGroup) }))
}
