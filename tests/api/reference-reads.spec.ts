// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getCustomerList, getCustomerUser, getCustomerUserList, createCustomerUser } from '@/api/customers'
import { errorMessageKey } from '@/api/errorMessages'
import { ApiError } from '@/api/errors'
import { getTicketViews } from '@/api/filters'
import { getQueueList } from '@/api/queues'
import { getCustomerServiceList, getServiceList } from '@/api/services'
import { getLanguageList } from '@/api/settings'
import { getSLAList } from '@/api/sla'
import { getDynamicFieldList, getPackageList, isApiVersionSupported } from '@/api/system'
import { getUserList, getUserPermissions } from '@/api/users'
import { useFixtureServer } from './support/useFixtureServer'

const context = useFixtureServer()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('filters/getTicketViews', () => {
  it('returns views, priorities, types, states (with state types) and sort options', async () => {
    context.server.expect('filters/getTicketViews.ok')
    const { Groups } = await getTicketViews()
    expect(Groups.map((group) => group.Name)).toEqual(['View', 'Priority', 'Type', 'State', 'Sort'])
    const views = Groups.find((group) => group.Name === 'View')
    expect(views?.Items.map((item) => ('ID' in item ? item.ID : null))).toEqual([-1, -2, -3, -4, -5, -6, -7])
    const states = Groups.find((group) => group.Name === 'State')
    expect(states?.Items.find((item) => 'ID' in item && item.ID === 6)).toMatchObject({ Name: 'pending reminder', StateType: 'pending reminder' })
  })

  it('asks for a queue’s states with QueueID', async () => {
    context.server.expect('filters/getTicketViews.with-queueid')
    const { Groups } = await getTicketViews({ queueId: 5 })
    const states = Groups.find((group) => group.Name === 'State')
    expect(states?.Items.find((item) => 'ID' in item && item.ID === 4)).toMatchObject({ OnTicketCreateScreen: 1 })
  })
})

describe('queues/getQueueList', () => {
  it('returns the list and the tree with sub-queues', async () => {
    context.server.expect('queues/getQueueList.root')
    const answer = await getQueueList()
    expect(answer.Queues.map((queue) => queue.FullName)).toContain('Support::Hardware')
    const support = answer.QueueTree.find((node) => node.ID === 5)
    expect(support?.Childs?.map((child) => child.FullName)).toEqual(['Support::Hardware'])
  })

  it('sends ForCreateTicket and ForUpdateQueue as 1', async () => {
    context.server.expect('queues/getQueueList.agent-note-ForCreateTicket').expect('queues/getQueueList.agent-note-ForUpdateQueue')
    await getQueueList({ forCreateTicket: true })
    await getQueueList({ forUpdateQueue: true })
  })
})

describe('services and SLAs', () => {
  it('lists every service', async () => {
    context.server.expect('services/getServiceList.ok')
    expect((await getServiceList()).Services).toEqual([
      { ID: 1, Title: 'IT Support' },
      { ID: 2, Title: 'IT Support::Email' },
      { ID: 3, Title: 'Hardware' },
    ])
  })

  it('lists a customer user’s services with the tree', async () => {
    context.server.expect('services/getServiceList.customer-user')
    const answer = await getCustomerServiceList('jdoe')
    expect(answer.Services).toEqual([{ ID: 3, Name: 'Hardware', FullName: 'Hardware', Accessible: 1 }])
    expect(answer.ServiceTree[0]).toMatchObject({ ID: 3, Childs: [] })
  })

  it('lists the SLAs of a service, all of them without one, none for an unknown one', async () => {
    context.server.expect('sla/getSLAList.ok').expect('sla/getSLAList.missing-serviceid').expect('sla/getSLAList.unknown-serviceid')
    expect((await getSLAList({ serviceId: 1 })).SLAList).toEqual([{ ID: 1, Title: 'Gold' }])
    expect((await getSLAList()).SLAList).toHaveLength(2)
    expect((await getSLAList({ serviceId: 999 })).SLAList).toEqual([])
  })
})

describe('users', () => {
  it('never keeps UserPw, reset tokens or preferences from getUserList', async () => {
    context.server.expect('users/getUserList.ok')
    const answer = await getUserList()
    expect(answer.Count).toBe(4)
    expect(answer.Users[0]).toEqual({
      UserID: 4,
      UserLogin: 'nora.note',
      UserFirstname: 'Nora',
      UserLastname: 'Notetaker',
      UserFullname: 'Nora Notetaker',
      UserEmail: 'nora.note@example.test',
      UserTitle: null,
      UserLanguage: 'en',
      UserTimeZone: 'UTC',
      ValidID: 1,
    })
    const serialized = JSON.stringify(answer)
    expect(serialized).not.toContain('UserPw')
    expect(serialized).not.toContain('PASSWORD-HASH')
    expect(serialized).not.toContain('UserToken')
  })

  it('asks for the agents of one queue', async () => {
    context.server.expect('users/getUserList.queue')
    expect((await getUserList({ queueId: 8 })).Users.map((user) => user.UserLogin)).toEqual(['anna.full', 'root@localhost'])
  })

  it('returns permission kinds per group with its queues', async () => {
    context.server.expect('users/getUserPermissions.agent-note-moveinto')
    const { Groups } = await getUserPermissions()
    expect(Groups.find((group) => group.Name === 'sales')).toEqual({
      ID: 6,
      Name: 'sales',
      Permissions: ['ro', 'priority', 'move_into', 'note'],
      Queues: [{ ID: 7, Name: 'Sales' }],
    })
  })
})

describe('customers', () => {
  it('lists companies', async () => {
    context.server.expect('customers/getCustomerList.ok')
    expect((await getCustomerList()).CustomerCompanies).toContainEqual({ CustomerID: 'ACME', Name: 'ACME Acme Corporation' })
  })

  it('searches customer users and drops their avatar URLs', async () => {
    context.server.expect('customers/getCustomerUserList.search').expect('customers/getCustomerUserList.by-customerid').expect('customers/getCustomerUserList.by-login')
    expect((await getCustomerUserList({ search: 'mar' })).CustomerUsers).toEqual([
      { Login: 'msmith', Firstname: 'Mary', Lastname: 'Smith', Email: 'mary.smith@globex.example.test', CustomerID: 'GLOBEX' },
    ])
    const byCompany = await getCustomerUserList({ customerId: 'ACME' })
    expect(byCompany.CustomerUsers.every((user) => user.CustomerID === 'ACME')).toBe(true)
    expect(JSON.stringify(byCompany)).not.toContain('Avatar')
    expect((await getCustomerUserList({ login: 'jdoe' })).CustomerUsers).toHaveLength(1)
  })

  it('does not send a Limit without Search (the server would answer nothing)', async () => {
    context.server.expect('customers/getCustomerUserList.ok')
    await getCustomerUserList({ limit: 2 })
  })

  it('reads one customer user, UTF-8 logins included; an unknown one is not found', async () => {
    context.server.expect('customers/getCustomerUser.ok').expect('customers/getCustomerUser.utf8-login').expect('customers/getCustomerUser.unknown')
    expect(await getCustomerUser('jdoe')).toMatchObject({ UserLogin: 'jdoe', UserCustomerID: 'ACME', UserCity: null, ValidID: 1 })
    expect((await getCustomerUser('kmüller')).UserLastname).toBe('Müller')
    const error = await failure(getCustomerUser('nobody'))
    expect(error.kind).toBe('not-found')
    expect(errorMessageKey(error)).toBe('errors.server.customerUserNotFound')
  })

  it('creates a customer user; a duplicate login is a conflict', async () => {
    context.server.expect('customers/createCustomerUser.ok').expect('customers/createCustomerUser.duplicate-login')
    await createCustomerUser({
      firstname: 'Peter',
      lastname: 'Parker',
      customerId: 'GLOBEX',
      login: 'pparker',
      email: 'peter.parker@globex.example.test',
      phone: '+1 555 0199',
      city: 'New York',
      interfaceLanguage: 'en',
    })
    const error = await failure(
      createCustomerUser({ firstname: 'Peter', lastname: 'Parker', customerId: 'GLOBEX', login: 'pparker', email: 'peter2@globex.example.test' }),
    )
    expect(error.kind).toBe('conflict')
    expect(errorMessageKey(error)).toBe('errors.server.customerUserNotCreated')
  })
})

describe('settings and system', () => {
  it('lists languages', async () => {
    context.server.expect('settings/getLanguageList.ok')
    expect((await getLanguageList()).Languages).toContainEqual({ ID: 'en_GB', Name: 'English (United Kingdom)' })
  })

  it('lists packages', async () => {
    context.server.expect('system/getPackageList.ok')
    expect((await getPackageList()).Packages).toEqual([{ Name: 'RS4OTRS_API', Version: '6.5.1' }])
  })

  it('lists dynamic-field definitions with their possible values', async () => {
    context.server.expect('system/getDynamicFieldList.ok')
    const { DynamicFields } = await getDynamicFieldList()
    expect(DynamicFields.Article.map((field) => field.Name)).toEqual(['NoteRef'])
    expect(DynamicFields.Ticket.find((field) => field.Name === 'Category')).toMatchObject({
      FieldType: 'Dropdown',
      Config: { PossibleValues: { hw: 'Hardware', sw: 'Software', net: 'Network' } },
    })
  })

  it('knows which RS4OTRS_API versions are new enough', () => {
    expect(isApiVersionSupported('6.5.1')).toBe(true)
    expect(isApiVersionSupported('6.41')).toBe(true)
    expect(isApiVersionSupported('6.41.2')).toBe(true)
    expect(isApiVersionSupported('7.0.3')).toBe(true)
    expect(isApiVersionSupported('6.40')).toBe(false)
    expect(isApiVersionSupported('6.36.3')).toBe(false)
    expect(isApiVersionSupported('6.0.25')).toBe(false)
    expect(isApiVersionSupported('5.0.9')).toBe(false)
    expect(isApiVersionSupported('unknown')).toBeNull()
  })
})
