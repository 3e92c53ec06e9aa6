import { callApi, readApi, type CallOptions } from './client'
import { arrayOf, decode, nullableString, number, object, string, type Json } from './validate'
import type { CustomerListAnswer, CustomerUserListAnswer, CustomerUserListItem, CustomerUserRecord } from './types'

/** The server's placeholder for a missing name in getCustomerUserList. */
const NOT_DEFINED = 'Not defined'

function definedOrNull(value: string | null): string | null {
  return value === null || value === '' || value === NOT_DEFINED ? null : value
}

/** Customer companies; `Name` is `"<CustomerID> <Company>"`. */
export async function getCustomerList(options?: CallOptions): Promise<CustomerListAnswer> {
  const answer = await readApi('customers', 'getCustomerList', {}, options)
  return decode('customers/getCustomerList', answer, (body) => ({
    CustomerCompanies: arrayOf(body, 'CustomerCompanies', 'answer', (value, path) => {
      const company = object(value, path)
      return { CustomerID: string(company, 'CustomerID', path), Name: string(company, 'Name', path) }
    }),
  }))
}

function checkListItem(value: unknown, path: string): CustomerUserListItem {
  const user = object(value, path)
  // Avatar is a fixed third-party URL: dropped here, initials are shown instead.
  return {
    Login: string(user, 'Login', path),
    Firstname: definedOrNull(nullableString(user, 'Firstname', path)),
    Lastname: definedOrNull(nullableString(user, 'Lastname', path)),
    Email: definedOrNull(nullableString(user, 'Email', path)),
    CustomerID: definedOrNull(nullableString(user, 'CustomerID', path)),
  }
}

export interface CustomerUserQuery {
  /** Free text over login, names and e-mail. */
  search?: string
  login?: string
  email?: string
  customerId?: string
  /** Applies only together with `search` (without it the server returns nothing). */
  limit?: number
}

/** Customer users matching the query (type-ahead: pass `supersede` in the options). */
export async function getCustomerUserList(query: CustomerUserQuery = {}, options?: CallOptions): Promise<CustomerUserListAnswer> {
  const answer = await readApi(
    'customers',
    'getCustomerUserList',
    {
      Search: query.search,
      Login: query.login,
      Email: query.email,
      CustomerID: query.customerId,
      Limit: query.search ? query.limit : undefined,
    },
    options,
  )
  return decode('customers/getCustomerUserList', answer, (body) => ({
    CustomerUsers: arrayOf(body, 'CustomerUsers', 'answer', checkListItem),
  }))
}

function checkCustomerUser(body: Json): CustomerUserRecord {
  const { Response: _response, Message: _message, ...record } = body
  const path = 'answer'
  string(record, 'UserLogin', path)
  number(record, 'ValidID', path)
  for (const key of ['UserEmail', 'UserFirstname', 'UserLastname', 'UserCustomerID']) nullableString(record, key, path)
  return record as CustomerUserRecord
}

/** One customer user's full record (plus mapped extra fields such as `DynamicField_X`). */
export async function getCustomerUser(login: string, options?: CallOptions): Promise<CustomerUserRecord> {
  const answer = await readApi('customers', 'getCustomerUser', { CustomerUser: login }, options)
  return decode('customers/getCustomerUser', answer, checkCustomerUser)
}

export interface NewCustomerUser {
  firstname: string
  lastname: string
  customerId: string
  login: string
  email: string
  password?: string
  title?: string
  phone?: string
  mobile?: string
  fax?: string
  street?: string
  zip?: string
  city?: string
  country?: string
  comment?: string
  interfaceLanguage?: string
}

/**
 * Creates a customer user. The server does not check permissions here: offer it only to agents
 * whose permissions allow it. A write: never retried.
 */
export async function createCustomerUser(user: NewCustomerUser, options?: CallOptions): Promise<void> {
  await callApi(
    'customers',
    'createCustomerUser',
    {
      Firstname: user.firstname,
      Lastname: user.lastname,
      CustomerID: user.customerId,
      Login: user.login.trim(),
      Email: user.email.trim(),
      Password: user.password || undefined,
      Title: user.title || undefined,
      Phone: user.phone || undefined,
      Mobile: user.mobile || undefined,
      Fax: user.fax || undefined,
      Street: user.street || undefined,
      Zip: user.zip || undefined,
      City: user.city || undefined,
      Country: user.country || undefined,
      Comment: user.comment || undefined,
      InterfaceLanguage: user.interfaceLanguage || undefined,
    },
    options,
  )
}
