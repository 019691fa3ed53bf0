// How staff read a row: the worker's status words plus the stage, 公示中 / 公示期满 and 已发放's batch.
// Words first, colour only repeats them.
import type { ReviewRow } from '@contracts/dream-plan/review'
import { STAFF_ROLES, type StaffRole } from '@contracts/staff/roles'
import { statusTone, type StatusTone } from '@/features/dream-plan'
import { formatDate } from '@/lib/dates'
import { REVIEW_STAGES } from '@contracts/dream-plan/review-words'
import { APPLICATION_STATUSES, type ApplicationStatus } from '@contracts/dream-plan/application'

/** 公示 state of a row now: none, 公示中, or 公示期满. */
export function publicityState(row: Pick<ReviewRow, 'publicity'>, now = Date.now()): 'none' | 'active' | 'ended' {
  if (!row.publicity) return 'none'
  return Date.parse(row.publicity.endsAt) <= now ? 'ended' : 'active'
}

/** The tag's words: 审核中 · 街道初审, 已通过 · 公示中, 已通过 · 公示期满, 已发放 … */
export function rowStatusLabel(row: Pick<ReviewRow, 'status' | 'stage' | 'publicity'>): string {
  const base = APPLICATION_STATUSES[row.status] ?? row.status
  if (row.status === 'in_review' && row.stage) return `${base} · ${REVIEW_STAGES[row.stage]}`
  if (row.status === 'approved') {
    const p = publicityState(row)
    if (p === 'active') return `${base} · 公示中`
    if (p === 'ended') return `${base} · 公示期满`
    return `${base} · 待公示`
  }
  return base
}

/** The tag's tone: the worker's chip tones (status-chip.css), 公示中 included. */
export function rowTone(row: Pick<ReviewRow, 'status' | 'publicity'>): StatusTone {
  return statusTone({ status: row.status, inPublicity: publicityState(row) === 'active' })
}

export const roleName = (role: StaffRole) => STAFF_ROLES[role] ?? role

/** ¥ with thousands separators, no decimals unless there are fen. */
export function formatYuan(amount: number): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2)
  return fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Today in Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The last day of a period that ends (exclusive) at `endsAt`, as 2026年12月1日 — as the 公示 article says it. */
export function lastDay(endsAt: string): string {
  const t = Date.parse(endsAt)
  return Number.isNaN(t) ? '' : formatDate(new Date(t - 1).toISOString())
}

/** Every status, in the contract's order (the queue's status filter). */
export const STATUS_KEYS = Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]

export { formatIsoDay } from '@/lib/dates'
