/** services/* and sla/getSLAList. */
import { DEFAULT_SERVICE_IDS, SERVICES, SETUP_TIME, SLAS, serviceById, type Service } from '../world/reference.ts'
import type { JsonObject } from '../records.ts'
import { fail, intParam, ok, stringParam, type Handler } from './context.ts'

function shortName(service: Service): string {
  return service.name.split('::').at(-1) ?? service.name
}

function tree(services: Service[], parentId: number | null): JsonObject[] {
  return services.filter((service) => service.parentId === parentId).map((service) => ({
    ID: service.id, Name: shortName(service), FullName: service.name, Accessible: 1, Childs: tree(services, service.id),
  }))
}

const getServiceList: Handler = ({ world, params }) => {
  const login = stringParam(params.CustomerUserLogin)
  if (!login) return ok({ Services: SERVICES.map((service) => ({ ID: service.id, Title: service.name })) })
  const customer = world.customerUser(login)
  // A customer user with own assignments gets only those; everyone else the default services.
  const ids = customer && customer.serviceIds.length > 0 ? customer.serviceIds : DEFAULT_SERVICE_IDS
  const services = SERVICES.filter((service) => ids.includes(service.id))
  return ok({
    Services: services.map((service) => ({ ID: service.id, Name: shortName(service), FullName: service.name, Accessible: 1 })),
    ServiceTree: tree(services, null).concat(
      // Assigned children whose parent is not assigned still show up at the top level.
      services.filter((service) => service.parentId !== null && !ids.includes(service.parentId)).map((service) => ({
        ID: service.id, Name: shortName(service), FullName: service.name, Accessible: 1, Childs: [],
      })),
    ),
  })
}

const getService: Handler = ({ params }) => {
  const id = intParam(params.ServiceID)
  const service = id === undefined ? undefined : serviceById.get(id)
  if (!service) return fail('No service')
  return ok({
    Service: {
      ServiceID: service.id, Name: service.name, NameShort: shortName(service), ParentID: service.parentId, Comment: service.comment,
      ValidID: 1, CreateBy: 1, ChangeBy: 1, CreateTime: SETUP_TIME, ChangeTime: SETUP_TIME,
    },
  })
}

const getSLAList: Handler = ({ params }) => {
  const serviceId = intParam(params.ServiceID)
  const slas = serviceId === undefined && params.ServiceID === undefined ? SLAS : SLAS.filter((sla) => serviceId !== undefined && sla.serviceIds.includes(serviceId))
  return ok({ SLAList: slas.map((sla) => ({ ID: sla.id, Title: sla.name })) })
}

export const serviceHandlers: Record<string, Handler> = { getServiceList, getService }
export const slaHandlers: Record<string, Handler> = { getSLAList }
