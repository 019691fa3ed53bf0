// dreamPlanReview.stats: 工作台's counts and the amount paid against the budget, for a policy year.
import { callFunction } from '@/lib/cloud'

export const getStats = (year: number) => callFunction('dreamPlanReview', 'stats', { year })
/** The current policy's year (the statistics' default). */
export const getPolicyYear = () => callFunction('dreamPlan', 'getPolicy', {}).then((p) => p.year)
