// Who may call each dreamPlanReview action. Zod-free, like review-words.ts: the staff pages import
// it without pulling the schemas (and zod) into their subpackage.
import type { StaffRole } from '../staff/roles'

/**
 * Who may call each dreamPlanReview action. The function refuses anyone else; the app offers a
 * shortcut only to those it would serve (an admin manages staff and reads the statistics, but
 * does not read applications).
 */
export const REVIEW_ACTION_ROLES = {
  queue: ['street_reviewer', 'district_reviewer', 'finance'],
  get: ['street_reviewer', 'district_reviewer', 'finance'],
  reveal: ['street_reviewer', 'district_reviewer', 'finance'],
  export: ['street_reviewer', 'district_reviewer', 'finance'],
  decide: ['street_reviewer', 'district_reviewer'],
  publish: ['district_reviewer'],
  pay: ['finance'],
  stats: ['street_reviewer', 'district_reviewer', 'finance', 'admin']
} as const satisfies Record<string, readonly StaffRole[]>
