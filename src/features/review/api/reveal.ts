// dreamPlanReview.reveal: one full number, with the reason the audit log keeps.
import type { RevealableField } from '@contracts/dream-plan/review'
import { callFunction } from '@/lib/cloud'

export const revealNumber = (id: string, field: RevealableField, reason: string) => callFunction('dreamPlanReview', 'reveal', { id, field, reason })
