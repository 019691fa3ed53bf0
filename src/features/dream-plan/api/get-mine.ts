// getMine: one of the caller's applications (masked numbers, material links, timeline), and its hook.
import { useCallback } from 'react'
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { callFunction, cloudError, type CloudError } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/** Calls dreamPlan.getMine. */
export function getMine(id: string): Promise<ApplicationDetail> {
  return callFunction('dreamPlan', 'getMine', { id })
}

/** Codes meaning "there is no such application (of yours)" rather than "try again". */
export function isApplicationNotFound(error: CloudError | null): boolean {
  return error?.code === 'APPLICATION_NOT_FOUND' || error?.code === 'INVALID_INPUT'
}

/** Application `id`; an empty id is reported as not found without a call. */
export function useMyApplication(id: string) {
  const load = useCallback(
    () => (id ? getMine(id) : Promise.reject(cloudError('APPLICATION_NOT_FOUND'))),
    [id]
  )
  return useLoad(load, { keepPrevious: true })
}
