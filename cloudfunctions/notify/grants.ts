// Our ledger of the grants workers gave (`dreamPlanSubscriptions`, written by dreamPlan's
// recordSubscription): `grants[templateId]` one-time grants not yet used. The sender asks it
// before calling WeChat and uses one grant per message WeChat accepted.
import { DREAM_PLAN_COLLECTIONS, type SubscriptionDoc } from '../../contracts/dream-plan/documents'
import { database } from '../_shared/cloudbase'
import { subscriptionId } from '../_shared/dream-plan/subscriptions'

function ledger() {
  return database().collection(DREAM_PLAN_COLLECTIONS.subscriptions)
}

/** Unused grants the worker has for the template (0 when none is recorded). */
export async function grantsLeft(openid: string, templateId: string): Promise<number> {
  const res = (await ledger().doc(subscriptionId(openid)).get()) as { data?: SubscriptionDoc[] }
  const n = res.data?.[0]?.grants?.[templateId]
  return typeof n === 'number' && n > 0 ? n : 0
}

/** Uses one grant: conditional, so concurrent senders never take it below 0. */
export async function useGrant(openid: string, templateId: string): Promise<void> {
  const _ = database().command
  await ledger()
    .where({ _id: subscriptionId(openid), [`grants.${templateId}`]: _.gt(0) })
    .update({ [`grants.${templateId}`]: _.inc(-1) })
}

/** WeChat says the worker has no unused grant (43101): our count was stale, so it is set to 0. */
export async function clearGrants(openid: string, templateId: string): Promise<void> {
  const _ = database().command
  await ledger()
    .where({ _id: subscriptionId(openid), [`grants.${templateId}`]: _.gt(0) })
    .update({ [`grants.${templateId}`]: 0 })
}
