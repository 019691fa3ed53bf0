// getDraft: the caller's saved draft in clear (their own form), to resume on any device.
import type { DraftView } from '@contracts/dream-plan/application'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.getDraft; with `applicationId`, the amendment of a returned application. */
export function getDraft(applicationId?: string): Promise<DraftView | null> {
  return callFunction('dreamPlan', 'getDraft', applicationId ? { applicationId } : {})
}
