// The `dreamPlan` function's actions. Every action but getPolicy needs the platform's openid (401).
import { z } from '../zod'
import type { ApplicationDetail, ApplicationSummary, DraftView } from './application'
import { FORM_SECTIONS } from './application'
import { SECTION_SCHEMAS } from './schemas'
import type { PolicyView } from './policy'

const id = z.string().trim().min(1, '缺少申请编号').max(64, '申请编号无效')
/** A client-made key (e.g. a UUID) that makes a retried submit the same submit. */
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '提交标识无效')

export const getPolicyInput = z.strictObject({ year: z.number().int().min(2020).max(2100).optional() })
export type GetPolicyInput = z.input<typeof getPolicyInput>

export const getDraftInput = z.strictObject({})
export type GetDraftInput = z.input<typeof getDraftInput>

/** Saves one section of the draft; the section must be complete and valid. */
export const saveDraftInput = z.discriminatedUnion('section', [
  z.strictObject({ section: z.literal('personal'), data: SECTION_SCHEMAS.personal }),
  z.strictObject({ section: z.literal('work'), data: SECTION_SCHEMAS.work }),
  z.strictObject({ section: z.literal('education'), data: SECTION_SCHEMAS.education }),
  z.strictObject({ section: z.literal('bank'), data: SECTION_SCHEMAS.bank }),
  z.strictObject({ section: z.literal('materials'), data: SECTION_SCHEMAS.materials })
])
export type SaveDraftInput = z.input<typeof saveDraftInput>

/** Submits the saved draft as this year's application. */
export const submitInput = z.strictObject({ idempotencyKey })
export type SubmitInput = z.input<typeof submitInput>

export const listMineInput = z.strictObject({})
export const getMineInput = z.strictObject({ id })
export const withdrawInput = z.strictObject({ id, reason: z.string().trim().max(200, '原因最多 200 个字').optional() })
/** Resubmits a returned application with the amended draft. */
export const resubmitInput = z.strictObject({ id, idempotencyKey })
/** Records which subscribe-message templates the worker accepted after submitting. */
export const recordSubscriptionInput = z.strictObject({ templateIds: z.array(z.string().min(1).max(64)).max(5) })

export { FORM_SECTIONS }

/** Every action of `dreamPlan`. */
export interface DreamPlanActions {
  getPolicy: { input: GetPolicyInput; result: PolicyView }
  getDraft: { input: GetDraftInput; result: DraftView | null }
  saveDraft: { input: SaveDraftInput; result: DraftView }
  submit: { input: SubmitInput; result: ApplicationDetail }
  listMine: { input: z.input<typeof listMineInput>; result: { items: ApplicationSummary[] } }
  getMine: { input: z.input<typeof getMineInput>; result: ApplicationDetail }
  withdraw: { input: z.input<typeof withdrawInput>; result: ApplicationDetail }
  resubmit: { input: z.input<typeof resubmitInput>; result: ApplicationDetail }
  recordSubscription: { input: z.input<typeof recordSubscriptionInput>; result: { recorded: number } }
}
