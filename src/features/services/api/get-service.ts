// getService: one service page (the service and news about it), and its hook.
import { useCallback } from 'react'
import type { GetServiceResult } from '@contracts/services/documents'
import { SERVICE_IDS, type ServiceId } from '@contracts/services/catalog'
import { CloudError, callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/** The server's text for an unknown service (getServiceInput's message), used before any call. */
const NO_SUCH_SERVICE = '没有这项服务'

/** True for the ids the server knows (contracts/services/catalog.ts). */
export function isServiceId(id: string): id is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(id)
}

/** Calls content.getService. */
export function getService(id: ServiceId): Promise<GetServiceResult> {
  return callFunction('content', 'getService', { id })
}

/** Codes meaning "there is no such service" (a stale link) rather than "try again". */
export function isServiceNotFound(error: CloudError | null): boolean {
  return error?.code === 'INVALID_INPUT' || /NOT_FOUND$/.test(error?.code ?? '')
}

/** Service `id`'s page; an id the app does not know is reported as not found without a call. */
export function useService(id: string) {
  const load = useCallback(
    (): Promise<GetServiceResult> =>
      isServiceId(id) ? getService(id) : Promise.reject(new CloudError('INVALID_INPUT', NO_SUCH_SERVICE)),
    [id]
  )
  return useLoad(load)
}
