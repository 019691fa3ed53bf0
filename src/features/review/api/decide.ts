// dreamPlanReview.decide: 受理, 通过, 退回补正 or 不通过, on the version the reviewer saw.
import type { Decision } from '@contracts/dream-plan/review'
import { callFunction } from '@/lib/cloud'

export const decide = (input: { id: string; version: number; decision: Decision; reason?: string }) => callFunction('dreamPlanReview', 'decide', input)
