// getPolicy: the year's 圆梦计划 policy (anyone may read it), and its hook.
import { useCallback } from 'react'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/** The event's input for the current policy, or `year`'s (getIntro takes the same). */
export const policyInput = (year?: number) => (year ? { year } : {})

/** Calls dreamPlan.getPolicy: the current policy, or `year`'s. */
export function getPolicy(year?: number): Promise<PolicyView> {
  return callFunction('dreamPlan', 'getPolicy', policyInput(year))
}

/** The policy for the intro page: the current one, or `year`'s (a link to next year's policy). */
export function usePolicy(year?: number) {
  const load = useCallback(() => getPolicy(year), [year])
  return useLoad(load)
}
