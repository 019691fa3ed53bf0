// getSubscribeTemplates: the subscribe-message template the success page asks the worker for. It is
// the notify function's own (both read DREAM_PLAN_TEMPLATE_ID from cloudbaserc.json), so what the
// worker grants is what gets sent; a build-time copy in the app could drift from it unseen.
import { getSubscribeTemplatesInput } from '../../../contracts/dream-plan/actions'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'

/** WeChat's template ids: letters, digits, '-' and '_' (as recordSubscription accepts them). */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/

export const getSubscribeTemplates = userAction({
  input: getSubscribeTemplatesInput,
  run: async () => {
    const id = (process.env.DREAM_PLAN_TEMPLATE_ID ?? '').trim()
    return ok({ templateIds: TEMPLATE_ID.test(id) ? [id] : [] })
  }
})
