// The `dreamPlanPolicies` collection: one policy per year (`_id` = the year), the application
// window, and which policy is "current" when the app does not name a year.
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import type { PolicyDoc, PolicyView } from '../../../contracts/dream-plan/policy'
import { policySchema } from '../../../contracts/dream-plan/schemas'
import { database } from '../cloudbase'
import { DreamPlanFault } from './data-key'

const SHANGHAI_OFFSET_MS = 8 * 3_600_000

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

/** 2026年9月1日, in Shenzhen's calendar (China keeps UTC+8 all year) whatever the server's zone. */
export function shanghaiDate(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

/** Whether the form is open at `now`; when closed, why, with the date. The window is [opensAt, closesAt). */
export function windowState(policy: PolicyDoc, now: Date): { isOpen: boolean; closedReason?: string } {
  const opens = Date.parse(policy.opensAt)
  const closes = Date.parse(policy.closesAt)
  const t = now.getTime()
  if (t < opens) return { isOpen: false, closedReason: `${policy.year}年度申请将于${shanghaiDate(opens)}开始` }
  if (t >= closes) return { isOpen: false, closedReason: `${policy.year}年度申请已于${shanghaiDate(closes - 1)}截止` }
  return { isOpen: true }
}

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

/** The policy as the app shows it. */
export function policyView(policy: PolicyDoc, now: Date): PolicyView {
  const { _id, ...rest } = policy
  return { ...rest, ...windowState(policy, now) }
}
