// withdraw: the worker takes an application back before review starts.
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.withdraw; `reason` is optional. */
export function withdrawApplication(id: string, reason?: string): Promise<ApplicationDetail> {
  const text = reason?.trim()
  return callFunction('dreamPlan', 'withdraw', text ? { id, reason: text } : { id })
}
