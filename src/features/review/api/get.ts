// dreamPlanReview.get: one application as a reviewer sees it (numbers masked, decisions allowed now).
import { callFunction } from '@/lib/cloud'

export const getReview = (id: string) => callFunction('dreamPlanReview', 'get', { id })
