// The ledger of subscribe-message grants (`dreamPlanSubscriptions`): one document per worker,
// written by dreamPlan's recordSubscription and used up by the notify function.
import { createHash } from 'node:crypto'

/** The worker's subscription document id (derived, so no lookup by openid is needed). */
export function subscriptionId(openid: string): string {
  return createHash('sha256').update(`subscriptions\n${openid}`).digest('hex').slice(0, 32)
}
