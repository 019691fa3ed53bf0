// listServices: the services on the 服务 tab, in grid order, and the tab's hook.
import { useCallback } from 'react'
import type { ListServicesResult } from '@contracts/services/actions'
import type { ServiceSummary } from '@contracts/services/documents'
import { callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/** Calls content.listServices. */
export function listServices(): Promise<ListServicesResult> {
  return callFunction('content', 'listServices', {})
}

/** The service grid's data, with `retry` (重试 and pull-to-refresh). */
export function useServices() {
  const load = useCallback((): Promise<ServiceSummary[]> => listServices().then((res) => res.items), [])
  return useLoad(load)
}
