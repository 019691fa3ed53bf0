// submit / resubmit: the saved draft becomes the application. Both are idempotent by the key the
// review step makes once per visit: a double tap or a retry after a timeout is the same submit.
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.submit. */
export function submitApplication(idempotencyKey: string): Promise<ApplicationDetail> {
  return callFunction('dreamPlan', 'submit', { idempotencyKey })
}

/** Calls dreamPlan.resubmit for a returned (退回补正) application with its amendment draft. */
export function resubmitApplication(id: string, idempotencyKey: string): Promise<ApplicationDetail> {
  return callFunction('dreamPlan', 'resubmit', { id, idempotencyKey })
}
