// The `dreamPlanPolicies` collection: one policy per year (`_id` = the year), the application
// window, and which policy is "current" when the app does not name a year.
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import type { PolicyDoc, PolicyView } from '../../../contracts/dream-plan/policy'
import { policySchema } from '../../../contracts/dream-plan/schemas'
import { shanghaiDate, windowState } from '../../../contracts/dream-plan/eligibility'
import { database } from '../cloudbase'
import { DreamPlanFault } from './data-key'

/** The collection handle. */
export function policies() {
  return database().collection(DREAM_PLAN_COLLECTIONS.policies)
}

function parsePolicy(raw: unknown): PolicyDoc {
  const parsed = policySchema.safeParse(raw)
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new DreamPlanFault(`a dreamPlanPolicies document is malformed at: ${where}`)
  }
  return parsed.data as PolicyDoc
}

/** The policy of `year`, or null. */
export async function findPolicy(year: number): Promise<PolicyDoc | null> {
  const { data } = await policies().where({ _id: String(year) }).limit(1).get()
  return data.length ? parsePolicy(data[0]) : null
}

/** Every policy (one per year: a handful). */
export async function allPolicies(): Promise<PolicyDoc[]> {
  const { data } = await policies().limit(100).get()
  return data.map(parsePolicy)
}

// The window and Shenzhen's calendar live with the eligibility rules the app shares.
export { shanghaiDate, windowState }

/**
 * The policy the app means without a year: the one open now (the latest year if windows
 * overlap), else the next to open, else the most recently closed.
 */
export function currentPolicy(list: PolicyDoc[], now: Date): PolicyDoc | undefined {
  const t = now.getTime()
  const byYear = [...list].sort((a, b) => b.year - a.year)
  return (
    byYear.find((p) => windowState(p, now).isOpen) ??
    byYear.filter((p) => Date.parse(p.opensAt) > t).sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt))[0] ??
    byYear.sort((a, b) => Date.parse(b.closesAt) - Date.parse(a.closesAt))[0]
  )
}

/** The policy of `year` if one is asked for, else the current one. */
export async function requestedPolicy(year: number | undefined, now: Date): Promise<PolicyDoc | null> {
  return year ? await findPolicy(year) : (currentPolicy(await allPolicies(), now) ?? null)
}

/** The policy as the app shows it. */
export function policyView(policy: PolicyDoc, now: Date): PolicyView {
  const { _id, ...rest } = policy
  return { ...rest, ...windowState(policy, now) }
}
