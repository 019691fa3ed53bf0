// dreamPlanReview.publish: the 公示 of approved applications, as an article with names masked.
import { callFunction } from '@/lib/cloud'

export const publish = (ids: string[]) => callFunction('dreamPlanReview', 'publish', { ids })
