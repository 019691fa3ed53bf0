// The `dreamPlan` function's actions. Every action but getPolicy and getIntro needs the platform's openid (401).
import { z } from '../zod'
import type { ApplicationDetail, ApplicationSummary, DraftView, Standing } from './application'
import { FORM_SECTIONS } from './application'
import { MATERIAL_KINDS, MATERIAL_MAX_BYTES, MATERIAL_TYPES } from './policy'
import { plainText, SECTION_SCHEMAS } from './schemas'
import type { PolicyView } from './policy'

/** An application's id, as the app gets it. */
export const applicationIdSchema = z
  .string({ error: '缺少申请编号' })
  .trim()
  .min(1, '缺少申请编号')
  .max(64, '申请编号无效')
  .regex(/^[A-Za-z0-9_-]+$/, '申请编号无效')
/**
 * A client-made key (e.g. a UUID) that makes a retried submit the same submit. Make a new one for
 * each submit the worker means (each visit to the review page), and reuse it for retries of that one.
 */
const idempotencyKey = z.string({ error: '缺少提交标识' }).regex(/^[A-Za-z0-9-]{8,64}$/, '提交标识无效')
/** Set when the draft is the amendment of a returned (退回补正) application. */
const applicationId = applicationIdSchema.optional()

export const getPolicyInput = z.strictObject({ year: z.number().int().min(2020).max(2100).optional() })
export type GetPolicyInput = z.input<typeof getPolicyInput>

/** The intro page in one call: the policy, and where a signed-in caller stands with it (else null). */
export const getIntroInput = getPolicyInput
export interface IntroView {
  policy: PolicyView
  standing: Standing | null
}

/** The draft of a new application for the current policy's year, or with `applicationId` the
 * amendment of a returned application (its stored form with any sections saved since). */
export const getDraftInput = z.strictObject({ applicationId })
export type GetDraftInput = z.input<typeof getDraftInput>

/** Saves one section of the draft; the section must be complete and valid. */
export const saveDraftInput = z.discriminatedUnion('section', [
  z.strictObject({ section: z.literal('personal'), data: SECTION_SCHEMAS.personal, applicationId }),
  z.strictObject({ section: z.literal('work'), data: SECTION_SCHEMAS.work, applicationId }),
  z.strictObject({ section: z.literal('education'), data: SECTION_SCHEMAS.education, applicationId }),
  z.strictObject({ section: z.literal('bank'), data: SECTION_SCHEMAS.bank, applicationId }),
  z.strictObject({ section: z.literal('materials'), data: SECTION_SCHEMAS.materials, applicationId })
])
export type SaveDraftInput = z.input<typeof saveDraftInput>

/** Asks where to upload one material (see uploads.ts); checks its type and size before the upload. */
export const prepareUploadInput = z.strictObject({
  kind: z.enum(MATERIAL_KINDS, { error: '请选择材料类型' }),
  contentType: z.enum(MATERIAL_TYPES, { error: '只支持 jpg、png 或 pdf 文件' }),
  size: z.number({ error: '文件大小无效' }).int('文件大小无效').positive('文件为空').max(MATERIAL_MAX_BYTES, '文件不能超过 10 MB'),
  applicationId
})
export type PrepareUploadInput = z.input<typeof prepareUploadInput>
export interface PrepareUploadResult {
  /** Pass to `Taro.cloud.uploadFile({ cloudPath })`; the fileID it returns goes in the materials section. */
  cloudPath: string
  year: number
}

/** Submits the saved draft as this year's application. */
export const submitInput = z.strictObject({ idempotencyKey })
export type SubmitInput = z.input<typeof submitInput>

export const listMineInput = z.strictObject({})
export const getMineInput = z.strictObject({ id: applicationIdSchema })
export const withdrawInput = z.strictObject({ id: applicationIdSchema, reason: plainText('撤回原因', 1, 200).optional() })
/** Resubmits a returned application with the amended draft (sections not amended stay as they were). */
export const resubmitInput = z.strictObject({ id: applicationIdSchema, idempotencyKey })
/** Records which subscribe-message templates the worker accepted after submitting. */
export const recordSubscriptionInput = z.strictObject({
  templateIds: z
    .array(z.string({ error: '模板编号无效' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '模板编号无效'), { error: '模板编号无效' })
    .max(5, '一次最多 5 个模板')
})

/** The subscribe-message templates the worker is asked for after submitting: the ones the notify
 * function sends with (its DREAM_PLAN_TEMPLATE_ID), so a grant is never recorded for a template
 * nothing sends. Empty when none is configured: the app then offers no subscribe button. */
export const getSubscribeTemplatesInput = z.strictObject({})
export interface SubscribeTemplates {
  templateIds: string[]
}

export { FORM_SECTIONS }

/** Every action of `dreamPlan`. */
export interface DreamPlanActions {
  getPolicy: { input: GetPolicyInput; result: PolicyView }
  getIntro: { input: GetPolicyInput; result: IntroView }
  getDraft: { input: GetDraftInput; result: DraftView | null }
  saveDraft: { input: SaveDraftInput; result: DraftView }
  prepareUpload: { input: PrepareUploadInput; result: PrepareUploadResult }
  submit: { input: SubmitInput; result: ApplicationDetail }
  listMine: { input: z.input<typeof listMineInput>; result: { items: ApplicationSummary[] } }
  getMine: { input: z.input<typeof getMineInput>; result: ApplicationDetail }
  withdraw: { input: z.input<typeof withdrawInput>; result: ApplicationDetail }
  resubmit: { input: z.input<typeof resubmitInput>; result: ApplicationDetail }
  recordSubscription: { input: z.input<typeof recordSubscriptionInput>; result: { recorded: number } }
  getSubscribeTemplates: { input: z.input<typeof getSubscribeTemplatesInput>; result: SubscribeTemplates }
}
