/** users/getUserList and users/getUserPermissions. */
import { createHash } from 'node:crypto'
import type { JsonObject } from '../records.ts'
import { GROUPS, type Agent } from '../world/reference.ts'
import { formatDate } from '../time.ts'
import { intParam, ok, type Handler } from './context.ts'

/** The real server leaks the SHA-256 password hash here; the simulator sends a hash of a placeholder */
function placeholderHash(agent: Agent): string {
  return createHash('sha256').update(`simulator-placeholder:${agent.login}`).digest('hex')
}

function userRecord(agent: Agent, lastLogin: number): JsonObject {
  const record: JsonObject = {
    UserID: agent.id, UserLogin: agent.login, UserFirstname: agent.firstName, UserLastname: agent.lastName,
    UserFullname: `${agent.firstName} ${agent.lastName}`, UserEmail: agent.email, UserTitle: null, UserPw: placeholderHash(agent),
    ValidID: 1, CreateTime: agent.createTime, ChangeTime: agent.createTime, UserLoginFailed: agent.loginFailed,
    UserLastLogin: lastLogin, UserLastLoginTimestamp: formatDate(lastLogin), UserRefreshTime: 0, UserCreateNextMask: null,
    UserLastViewsLimit: '5', UserLastViewsPosition: 'Avatar', AdminCommunicationLogPageShown: 25,
    AdminDynamicFieldsOverviewPageShown: 25, UserTicketOverviewSmallPageShown: 25, UserTicketOverviewMediumPageShown: 20,
    UserTicketOverviewPreviewPageShown: 15,
  }
  // root never chose a language or time zone, so those preferences are missing rather than empty.
  if (agent.id !== 1) record.UserLanguage = 'en'
  if (agent.timeZone) record.UserTimeZone = agent.timeZone
  if (agent.userToken) record.UserToken = agent.userToken
  return record
}

const getUserList: Handler = ({ world, params, now }) => {
  const queueId = intParam(params.QueueID)
  const queue = queueId === undefined ? undefined : world.queueById(queueId)
  const users = world.agents.filter((agent) => queueId === undefined || (queue !== undefined && world.can(agent, queue.id, 'rw')))
  return ok({ Users: users.map((agent) => userRecord(agent, now - 60)), Count: users.length })
}

const getUserPermissions: Handler = ({ world, agent }) => {
  const groups = GROUPS.filter((group) => (agent.permissions[group.id] ?? []).length > 0).map((group) => ({
    ID: group.id,
    Name: group.name,
    Permissions: [...agent.permissions[group.id]],
    Queues: world.queues.filter((queue) => queue.groupId === group.id).map((queue) => ({ ID: queue.id, Name: queue.name })),
  }))
  return ok({ Groups: groups })
}

export const userHandlers: Record<string, Handler> = { getUserList, getUserPermissions }
