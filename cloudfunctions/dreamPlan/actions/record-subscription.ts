// recordSubscription: counts the subscribe-message grants the worker just gave (one per accepted
// template; a one-time grant allows one message), so status updates are sent only with a grant.
import { recordSubscriptionInput } from '../../../contracts/dream-plan/actions'
import { DREAM_PLAN_COLLECTIONS, type SubscriptionDoc } from '../../../contracts/dream-plan/documents'
import { database } from '../../_shared/cloudbase'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import { subscriptionId } from '../../_shared/dream-plan/subscriptions'
import { userAction } from '../action'

export const recordSubscription = userAction({
  input: recordSubscriptionInput,
  run: async ({ templateIds }, { openid, now }) => {
    const ids = [...new Set(templateIds)]
    if (!ids.length) return ok({ recorded: 0 })
    const _ = database().command
    const collection = database().collection(DREAM_PLAN_COLLECTIONS.subscriptions)
    const ref = collection.doc(subscriptionId(openid))
    const at = now.toISOString()
    const increment = { grants: Object.fromEntries(ids.map((t) => [t, _.inc(1)])), updatedAt: at }
    const res = (await ref.update(increment)) as { updated?: number }
    if (!res.updated) {
      const doc: SubscriptionDoc = { _id: subscriptionId(openid), openid, grants: Object.fromEntries(ids.map((t) => [t, 1])), updatedAt: at }
      try {
        await collection.add(doc)
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
        await ref.update(increment)
      }
    }
    return ok({ recorded: ids.length })
  }
})
