// dreamPlanReview: 圆梦计划's staff side — the review queue and an application's detail, revealing
// a full number for a recorded reason, two-level decisions (街道初审 → 区总复审), 公示, payment
// batches, the Excel export and the statistics. Every call reads the caller's roles
// (`staff` collection); a street reviewer sees and decides only their streets.
import { createHandler } from '../_shared/handler'
import { decide } from './actions/decide'
import { exportList } from './actions/export'
import { get } from './actions/get'
import { pay } from './actions/pay'
import { publish } from './actions/publish'
import { queue } from './actions/queue'
import { reveal } from './actions/reveal'
import { stats } from './actions/stats'

export const main = createHandler({ queue, get, reveal, decide, publish, pay, export: exportList, stats })
