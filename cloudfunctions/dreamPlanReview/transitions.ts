// The two-level review as a table: at which level an application waits, and where each decision
// takes it. Pure, so the function and the tests agree on one definition.
import type { ApplicationStatus, ReviewStage } from '../../contracts/dream-plan/application'
import type { Decision } from '../../contracts/dream-plan/review'
import type { StaffRole } from '../../contracts/staff/roles'

/** The level an application waits at: 街道初审 (submitted, or accepted) or 区总复审; null when no decision is due. */
export function levelOf(doc: { status: ApplicationStatus; stage?: ReviewStage }): ReviewStage | null {
  if (doc.status === 'submitted') return 'street'
  if (doc.status === 'in_review') return doc.stage === 'district' ? 'district' : 'street'
  return null
}

/** The role that decides at a level. */
export const DECIDER: Record<ReviewStage, StaffRole> = { street: 'street_reviewer', district: 'district_reviewer' }

/** Where `decision` takes an application waiting at `level` (from `status`); null when it is not allowed. */
export function nextState(status: ApplicationStatus, level: ReviewStage, decision: Decision): { to: ApplicationStatus; stage?: ReviewStage } | null {
  switch (decision) {
    case 'accept':
      return level === 'street' && status === 'submitted' ? { to: 'in_review', stage: 'street' } : null
    case 'pass':
      return level === 'street' ? { to: 'in_review', stage: 'district' } : { to: 'approved' }
    case 'return':
      return { to: 'returned', stage: level }
    case 'reject':
      return { to: 'rejected', stage: level }
  }
}

/** The decisions open at `level` (from `status`). */
export function decisionsAt(status: ApplicationStatus, level: ReviewStage): Decision[] {
  return (['accept', 'pass', 'return', 'reject'] as const).filter((d) => nextState(status, level, d) !== null)
}
