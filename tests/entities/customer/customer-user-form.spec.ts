// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { emptyCustomerUser, validateCustomerUser } from '@/entities/customer/composables/useCreateCustomerUser'

function form(email: string) {
  return { ...emptyCustomerUser(), firstname: 'Jane', lastname: 'Doe', login: 'jane.doe', customerId: 'ACME', email }
}

describe('new customer user: e-mail check', () => {
  it.each(['x@-bad-.test', 'x@bad-.test', 'x@-bad.test', 'jane@localhost', 'jane..doe@example.com', 'Jane <jane@example.com>'])(
    'refuses %s next to the field',
    (email) => {
      expect(validateCustomerUser(form(email))).toEqual({ email: 'customers.form.errors.email' })
    },
  )

  it('accepts an ordinary address, spaces around it trimmed', () => {
    expect(validateCustomerUser(form('  jane.doe+it@acme-corp.example.com '))).toEqual({})
  })
})
