// dreamPlanReview.export: the filtered queue as an .xlsx behind a one-hour link.
import type { QueueFilter } from '@contracts/dream-plan/review'
import { callFunction } from '@/lib/cloud'

export const exportQueue = (filter: QueueFilter) => callFunction('dreamPlanReview', 'export', { filter })
