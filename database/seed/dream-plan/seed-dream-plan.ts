// The 圆梦计划 demo policy (policy-2026.json): Futian's real rules are not public, so it is marked
// `sample` and the app labels it 示例. Written under its year with `doc(id).set`, so seeding again
// replaces it. The function parses every policy it reads with contracts/dream-plan/schemas.ts's
// policySchema, and test/contracts/dream-plan-policy.test.ts checks this file against it (not done
// here: contracts/zod.ts loads zod's ESM-only locale, which jest cannot import, and tests run the seed).
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import type { PolicyDoc } from '../../../contracts/dream-plan/policy'
import type { SdkApp } from '../../../local-cloudbase/sdk-client'
import policy2026 from './policy-2026.json'

/** The demo policies, one per year. */
export function demoPolicies(): PolicyDoc[] {
  const list = [policy2026 as PolicyDoc]
  for (const p of list) {
    if (p._id !== String(p.year) || !(Date.parse(p.closesAt) > Date.parse(p.opensAt)) || p.sample !== true) {
      throw new Error(`dream-plan/policy-${p.year}.json: _id must be the year, closesAt after opensAt, and sample true`)
    }
  }
  return list
}

/** Writes the demo policies; safe to run again. */
export async function seedDreamPlan(app: SdkApp): Promise<{ policies: number }> {
  const list = demoPolicies()
  for (const { _id, ...policy } of list) {
    const res = (await app.database().collection(DREAM_PLAN_COLLECTIONS.policies).doc(_id).set(policy)) as { code?: string; message?: string }
    if (res?.code) throw new Error(`seeding ${DREAM_PLAN_COLLECTIONS.policies}/${_id} failed: ${res.code} ${res.message ?? ''}`)
  }
  return { policies: list.length }
}
