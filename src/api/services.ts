import { readApi, type CallOptions } from './client'
import { arrayOf, decode, number, object, optionalArrayOf, string } from './validate'
import type { CustomerServiceItem, CustomerServiceListAnswer, ServiceItem, ServiceListAnswer, ServiceTreeNode } from './types'

function checkService(value: unknown, path: string): ServiceItem {
  const service = object(value, path)
  return { ID: number(service, 'ID', path), Title: string(service, 'Title', path) }
}

function checkCustomerService(value: unknown, path: string): CustomerServiceItem {
  const service = object(value, path)
  return {
    ID: number(service, 'ID', path),
    Name: string(service, 'Name', path),
    FullName: string(service, 'FullName', path),
    Accessible: number(service, 'Accessible', path) ? 1 : 0,
  }
}

function checkServiceNode(value: unknown, path: string): ServiceTreeNode {
  const node = checkCustomerService(value, path)
  return { ...node, Childs: optionalArrayOf(object(value, path), 'Childs', path, checkServiceNode) }
}

/** Every service (`Title` is the full `Parent::Child` name). */
export async function getServiceList(options?: CallOptions): Promise<ServiceListAnswer> {
  const answer = await readApi('services', 'getServiceList', {}, options)
  return decode('services/getServiceList', answer, (body) => ({ Services: arrayOf(body, 'Services', 'answer', checkService) }))
}

/**
 * The services a customer user may use (only the assigned ones when there are any), as a list
 * and a tree. The server does not check service/customer compatibility on writes: the console does.
 */
export async function getCustomerServiceList(customerUserLogin: string, options?: CallOptions): Promise<CustomerServiceListAnswer> {
  const answer = await readApi('services', 'getServiceList', { CustomerUserLogin: customerUserLogin }, options)
  return decode('services/getServiceList', answer, (body) => ({
    Services: arrayOf(body, 'Services', 'answer', checkCustomerService),
    ServiceTree: optionalArrayOf(body, 'ServiceTree', 'answer', checkServiceNode),
  }))
}
