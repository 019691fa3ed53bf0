// dreamPlanReview.pay: one payment batch after the 公示 period (the same batch again changes nothing).
import { callFunction } from '@/lib/cloud'

export const pay = (ids: string[], batchNo: string, paidAt: string) => callFunction('dreamPlanReview', 'pay', { ids, batchNo, paidAt })
