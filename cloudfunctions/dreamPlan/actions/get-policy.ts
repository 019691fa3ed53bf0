// getPolicy: the year's 圆梦计划 policy (the consent and self-check pages), with whether the form is
// open now. Anyone may read it (no login: reading must never require one).
import { getPolicyInput } from '../../../contracts/dream-plan/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { publicAction } from '../action'
import { policyView, requestedPolicy } from '../../_shared/dream-plan/policies'

export const getPolicy = publicAction({
  input: getPolicyInput,
  run: async ({ year }, { now }) => {
    const policy = await requestedPolicy(year, now)
    if (!policy) return appError('POLICY_NOT_FOUND')
    return ok(policyView(policy, now))
  }
})
