// The map of cloud functions to their actions, so `callFunction` is typed end to end.
import type { ContentActions } from './content/actions'
import type { ContentAdminActions } from './content-admin/actions'
import type { WechatSyncActions } from './content-admin/wechat-sync'
import type { DreamPlanActions } from './dream-plan/actions'
import type { DreamPlanReviewActions } from './dream-plan/review'
import type { ServiceActions } from './services/actions'
import type { StaffActions } from './staff/actions'

export interface FunctionActions {
  /** News, services, places and FAQs: everything the union publishes. */
  content: ContentActions & ServiceActions
  /** 圆梦计划: the worker's application, from policy to payment. */
  dreamPlan: DreamPlanActions
  /** 圆梦计划's staff side: queue, review, 公示, payment, export, statistics. */
  dreamPlanReview: DreamPlanReviewActions
  /** Staff roles: who I am, and (admins) who does what. */
  staff: StaffActions
  /** Content management: staff write, review, schedule and publish. */
  contentAdmin: ContentAdminActions
  /** The 公众号 sync, run now by a publisher (its timer runs it daily). */
  wechatSync: WechatSyncActions
}
export type FunctionName = keyof FunctionActions
export type ActionName<F extends FunctionName> = keyof FunctionActions[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> =
  FunctionActions[F][A] extends { input: infer I } ? I : never
export type ActionResult<F extends FunctionName, A extends ActionName<F>> =
  FunctionActions[F][A] extends { result: infer R } ? R : never
