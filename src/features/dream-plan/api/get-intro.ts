// getIntro: the intro page in one call: the policy, and where the signed-in worker stands with it
// (which button the page shows).
import { useCallback } from 'react'
import type { IntroView } from '@contracts/dream-plan/actions'
import { callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'
import { policyInput } from './get-policy'

/** Calls dreamPlan.getIntro: the current policy, or `year`'s, with the caller's standing. */
export function getIntro(year?: number): Promise<IntroView> {
  return callFunction('dreamPlan', 'getIntro', policyInput(year))
}

/** The intro page's reply: the current policy, or `year`'s (a link to next year's policy). */
export function useIntro(year?: number) {
  const load = useCallback(() => getIntro(year), [year])
  return useLoad(load)
}
