// The staff side's calls, typed by the contracts: `staff` (who I am, the staff list) and
// `dreamPlanReview` (queue, detail, reveal, decide, 公示, 发放, export, stats). Every call is
// checked by the function; these only name them.
import type { QueueFilter } from '@contracts/dream-plan/review'
import type { Decision, RevealableField } from '@contracts/dream-plan/review'
import type { StaffRole } from '@contracts/staff/roles'
import type { Street } from '@contracts/services/catalog'
import { callFunction } from '@/lib/cloud'

export const getMe = () => callFunction('staff', 'me', {})
export const listStaff = () => callFunction('staff', 'list', {})
export const grantRole = (input: { openid: string; role: StaffRole; streets?: Street[]; name?: string }) => callFunction('staff', 'grant', input)
export const revokeRole = (openid: string, role: StaffRole) => callFunction('staff', 'revoke', { openid, role })

/** One page of the queue; `nextCursor` null at the end (useCursorPages' shape). */
export async function queuePage(filter: QueueFilter, cursor?: string, limit = 20) {
  const res = await callFunction('dreamPlanReview', 'queue', { filter, ...(cursor ? { cursor } : {}), limit })
  return { items: res.items, nextCursor: res.nextCursor ?? null }
}

/** Every row of a filter (公示 and 发放 lists select from all of them), up to `max`. */
export async function queueAll(filter: QueueFilter, max = 500) {
  const items: Awaited<ReturnType<typeof queuePage>>['items'] = []
  let cursor: string | undefined
  do {
    const page = await queuePage(filter, cursor, 100)
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor && items.length < max)
  return items
}

export const getReview = (id: string) => callFunction('dreamPlanReview', 'get', { id })
export const revealNumber = (id: string, field: RevealableField, reason: string) => callFunction('dreamPlanReview', 'reveal', { id, field, reason })
export const decide = (input: { id: string; version: number; decision: Decision; reason?: string }) => callFunction('dreamPlanReview', 'decide', input)
export const publish = (ids: string[]) => callFunction('dreamPlanReview', 'publish', { ids })
export const pay = (ids: string[], batchNo: string, paidAt: string) => callFunction('dreamPlanReview', 'pay', { ids, batchNo, paidAt })
export const exportQueue = (filter: QueueFilter) => callFunction('dreamPlanReview', 'export', { filter })
export const getStats = (year: number) => callFunction('dreamPlanReview', 'stats', { year })
/** The current policy's year (the statistics' default). */
export const getPolicyYear = () => callFunction('dreamPlan', 'getPolicy', {}).then((p) => p.year)
