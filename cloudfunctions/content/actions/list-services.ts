// listServices: the 服务 tab's grid, in the services' own order.
import { listServicesInput, type ListServicesResult } from '../../../contracts/services/actions'
import type { ServiceDoc } from '../../../contracts/services/documents'
import { defineAction, ok } from '../../_shared/handler'
import { services, toServiceSummary } from '../services-collection'

/** More than the grid will ever hold; the collection has one row per service. */
const MAX_SERVICES = 100

export const listServices = defineAction({
  input: listServicesInput,
  access: 'public',
  run: async () => {
    const res = await services().orderBy('order', 'asc').limit(MAX_SERVICES).get()
    const result: ListServicesResult = { items: (res.data as ServiceDoc[]).map(toServiceSummary) }
    return ok(result)
  }
})
