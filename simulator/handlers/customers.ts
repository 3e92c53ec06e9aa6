/** customers/*: companies and customer users, with search and creation. */
import { CUSTOMER_AVATAR_URL, CUSTOMER_COMPANIES, type CustomerUser } from '../world/reference.ts'
import type { JsonObject } from '../records.ts'
import { fail, intParam, ok, stringParam, type Handler } from './context.ts'

const NOT_DEFINED = 'Not defined'

function listItem(user: CustomerUser): JsonObject {
  return {
    Login: user.login, Firstname: user.firstName ?? NOT_DEFINED, Lastname: user.lastName ?? NOT_DEFINED,
    Email: user.email, CustomerID: user.customerId, Avatar: CUSTOMER_AVATAR_URL,
  }
}

const getCustomerList: Handler = () =>
  ok({ CustomerCompanies: CUSTOMER_COMPANIES.map((company) => ({ CustomerID: company.id, Name: `${company.id} ${company.name}` })) })

const getCustomerUserList: Handler = ({ world, params }) => {
  const search = stringParam(params.Search)
  const login = stringParam(params.Login)
  const email = stringParam(params.Email)
  const customerId = stringParam(params.CustomerID)
  const limit = intParam(params.Limit)
  let users = world.customerUsers
  if (search) {
    const needle = search.replaceAll('*', '').toLowerCase()
    users = users.filter((user) =>
      [user.login, user.firstName, user.lastName, user.email, user.customerId].some((value) => value?.toLowerCase().includes(needle)))
  } else if (login) {
    users = users.filter((user) => user.login === login)
  } else if (email) {
    users = users.filter((user) => user.email.toLowerCase() === email.toLowerCase())
  } else if (customerId) {
    users = users.filter((user) => user.customerId === customerId)
  } else if (limit !== undefined) {
    // Limit without Search gives nothing on the real server (CustomerSearch needs a search term then).
    users = []
  }
  if (limit !== undefined && limit > 0) users = users.slice(0, limit)
  return ok({ CustomerUsers: users.map(listItem) })
}

const getCustomerUser: Handler = ({ world, params }) => {
  const login = stringParam(params.CustomerUser)
  if (!login) return fail('No CustomerUser parameter')
  const user = world.customerUser(login)
  if (!user) return fail('No CustomerUser')
  return ok({
    UserLogin: user.login, UserEmail: user.email, UserFirstname: user.firstName, UserLastname: user.lastName,
    UserCustomerID: user.customerId, UserTitle: user.title, UserPhone: user.phone, UserMobile: user.mobile, UserFax: user.fax,
    UserStreet: user.street, UserZip: user.zip, UserCity: user.city, UserCountry: user.country, UserComment: user.comment, ValidID: 1,
  })
}

const REQUIRED = ['Firstname', 'Lastname', 'CustomerID', 'Login', 'Email'] as const

/** Not permission-checked on the real server: even a read-only agent may create customer users */
const createCustomerUser: Handler = ({ world, params }) => {
  const missing = REQUIRED.filter((name) => !stringParam(params[name]))
  if (missing.length > 0) return fail(`Required fields is not defined: ${missing.join(', ')}`)
  const login = stringParam(params.Login) ?? ''
  const email = stringParam(params.Email) ?? ''
  if (world.customerUsers.some((user) => user.login === login || user.email.toLowerCase() === email.toLowerCase())) {
    return fail("Couldn't create customer user")
  }
  const optional = (name: string): string | null => stringParam(params[name]) || null
  world.customerUsers.push({
    login, email, firstName: stringParam(params.Firstname) ?? null, lastName: stringParam(params.Lastname) ?? null,
    customerId: stringParam(params.CustomerID) ?? '', phone: optional('Phone'), mobile: optional('Mobile'), fax: optional('Fax'),
    title: optional('Title'), street: optional('Street'), zip: optional('Zip'), city: optional('City'), country: optional('Country'),
    comment: optional('Comment'), language: optional('InterfaceLanguage'), serviceIds: [],
  })
  return ok()
}

export const customerHandlers: Record<string, Handler> = { getCustomerList, getCustomerUserList, getCustomerUser, createCustomerUser }
