// getPolicy: the year's 圆梦计划 policy for the intro page, with whether the form is open now.
// Anyone may read it (no login: reading must never require one).
import { getPolicyInput } from '../../../contracts/dream-plan/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { publicAction } from '../action'
import { allPolicies, currentPolicy, findPolicy, policyView } from '../../_shared/dream-plan/policies'

export const getPolicy = publicAction({
  input: getPolicyInput,
  run: async ({ year }, { now }) => {
    const policy = year ? await findPolicy(year) : currentPolicy(await allPolicies(), now)
    if (!policy) return appError('POLICY_NOT_FOUND')
    return ok(policyView(policy, now))
  }
})
