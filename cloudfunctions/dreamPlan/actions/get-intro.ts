// getIntro: the intro page in one call. The policy, which anyone may read, and for a signed-in
// worker where they stand with it: the application that counts under its rule, and whether a draft
// is saved (the page's button: their application, 继续填写申请 or 立即申请). The page made three calls
// for this (getPolicy, listMine, getDraft), and on a cold server each woke a function instance.
import { getIntroInput } from '../../../contracts/dream-plan/actions'
import type { Standing } from '../../../contracts/dream-plan/application'
import type { PolicyDoc } from '../../../contracts/dream-plan/policy'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { publicAction } from '../action'
import { loadDraft, newDraftId } from '../drafts'
import { applicationsOf } from '../mine'
import { policyView, requestedPolicy } from '../../_shared/dream-plan/policies'

async function standingOf(openid: string, policy: PolicyDoc, now: Date): Promise<Standing> {
  const [mine, draft] = await Promise.all([applicationsOf(openid, now), loadDraft(newDraftId(openid, policy.year))])
  const applied = mine.find((a) => a.status !== 'withdrawn' && (policy.oncePerPerson || a.year === policy.year)) ?? null
  return { applied, hasDraft: draft !== null }
}

export const getIntro = publicAction({
  input: getIntroInput,
  run: async ({ year }, { now, openid }) => {
    const policy = await requestedPolicy(year, now)
    if (!policy) return appError('POLICY_NOT_FOUND')
    return ok({ policy: policyView(policy, now), standing: openid ? await standingOf(openid, policy, now) : null })
  }
})
