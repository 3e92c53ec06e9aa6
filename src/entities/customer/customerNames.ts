import type { CustomerUserListItem, CustomerUserRecord } from '@/api/types'

/** What a picker hands on: enough to create a ticket and to show who was chosen. */
export interface SelectedCustomer {
  login: string
  customerId: string | null
  /** "John Doe", or the login when the server knows no name. */
  name: string
  email: string | null
}

/** "John Doe" from whatever parts are known; the login when there are none. */
export function customerDisplayName(parts: { firstname: string | null; lastname: string | null; login: string }): string {
  return [parts.firstname, parts.lastname].filter((part): part is string => !!part && part.trim() !== '').join(' ') || parts.login
}

export function selectedFromListItem(item: CustomerUserListItem): SelectedCustomer {
  return {
    login: item.Login,
    customerId: item.CustomerID,
    name: customerDisplayName({ firstname: item.Firstname, lastname: item.Lastname, login: item.Login }),
    email: item.Email,
  }
}

export function selectedFromRecord(record: CustomerUserRecord): SelectedCustomer {
  return {
    login: record.UserLogin,
    customerId: record.UserCustomerID,
    name: customerDisplayName({ firstname: record.UserFirstname, lastname: record.UserLastname, login: record.UserLogin }),
    email: record.UserEmail,
  }
}

/** getCustomerList names companies `"<CustomerID> <Company>"`: the company part alone. */
export function companyNameOf(company: { CustomerID: string; Name: string }): string {
  const prefix = `${company.CustomerID} `
  const name = company.Name.startsWith(prefix) ? company.Name.slice(prefix.length) : company.Name
  return name.trim() || company.CustomerID
}
