// The `dreamPlanReview` function: the staff side of 圆梦计划 — the review queue, an application's
// detail, revealing a full number (with a recorded reason), two-level decisions, 公示, payment
// batches, the Excel export and the statistics. Roles are checked on every call (contracts/staff).
import { z } from '../zod'
import { STREETS, type Street } from '../services/catalog'
import type { StaffRole } from '../staff/roles'
import { APPLICATION_STATUSES, type ApplicationStatus, type EducationSection, type MaterialFile, type PersonalSection, type ReviewStage, type WorkSection } from './application'
import { EDUCATION_LEVELS, type EducationLevel, type MaterialKind } from './policy'
import { applicationIdSchema } from './actions'
import { plainText } from './schemas'
import { DECISIONS, REVEALABLE_FIELDS, type Decision, type RevealableField } from './review-words'

export * from './review-words'
export * from './review-roles'

const STATUS_KEYS = Object.keys(APPLICATION_STATUSES) as [ApplicationStatus, ...ApplicationStatus[]]

const applicationId = applicationIdSchema
const isoDate = (label: string) =>
  z.string({ error: `${label}无效` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}须为 YYYY-MM-DD`).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)), `${label}无效`)

/** The queue's and the export's filter. All parts optional; a street reviewer only ever sees their streets. */
export const queueFilterSchema = z.strictObject({
  year: z.number({ error: '年度无效' }).int('年度无效').min(2020, '年度无效').max(2100, '年度无效').optional(),
  status: z.array(z.enum(STATUS_KEYS, { error: '状态无效' }), { error: '状态无效' }).min(1, '状态无效').max(STATUS_KEYS.length, '状态无效').optional(),
  stage: z.enum(['street', 'district'], { error: '审核阶段无效' }).optional(),
  /** Waiting for a decision at this level: 街道初审 is 已提交 or 审核中 at 街道初审; 区总复审 is 审核中 at 区总复审. */
  awaiting: z.enum(['street', 'district'], { error: '待审核阶段无效' }).optional(),
  level: z.enum(EDUCATION_LEVELS, { error: '学历层次无效' }).optional(),
  street: z.enum(STREETS, { error: '街道无效' }).optional(),
  /** Submitted on or after / on or before (Shanghai dates). */
  submittedFrom: isoDate('开始日期').optional(),
  submittedTo: isoDate('结束日期').optional(),
  /** An applicant's full name, or the last 4 characters of the ID number. */
  q: z
    .string({ error: '搜索内容无效' })
    .trim()
    .max(30, '搜索内容最多 30 个字')
    .refine((v) => !/[<>]/.test(v), '搜索内容不能包含 < 或 >')
    .optional(),
  /** 公示: not yet published, in its period, or the period over (payable). */
  publicity: z.enum(['none', 'active', 'ended'], { error: '公示状态无效' }).optional()
})
export type QueueFilter = z.input<typeof queueFilterSchema>

export const queueInput = z.strictObject({
  filter: queueFilterSchema.default({}),
  cursor: z.string({ error: '翻页信息无效' }).max(200, '翻页信息无效').optional(),
  limit: z.number({ error: '每页条数无效' }).int('每页条数无效').min(1, '每页条数无效').max(100, '每页条数无效').optional()
})
export const getInput = z.strictObject({ id: applicationId })
export const revealInput = z.strictObject({
  id: applicationId,
  field: z.enum(Object.keys(REVEALABLE_FIELDS) as [RevealableField, ...RevealableField[]], { error: '字段无效' }),
  reason: plainText('查看原因', 4, 100)
})
export const decideInput = z
  .strictObject({
    id: applicationId,
    version: z.number({ error: '缺少版本号' }).int('版本号无效').min(1, '版本号无效'),
    decision: z.enum(Object.keys(DECISIONS) as [Decision, ...Decision[]], { error: '审核结论无效' }),
    reason: plainText('原因', 2, 200).optional()
  })
  .refine((v) => (v.decision !== 'return' && v.decision !== 'reject') || Boolean(v.reason), {
    message: '退回或不通过时须填写原因，申请人会看到',
    path: ['reason']
  })
const idList = (max: number) => z.array(applicationId, { error: '请选择申请' }).min(1, '请至少选择一项申请').max(max, `一次最多 ${max} 项`).refine((v) => new Set(v).size === v.length, '申请重复')
export const publishInput = z.strictObject({ ids: idList(500) })
export const payInput = z.strictObject({
  ids: idList(1000),
  batchNo: z.string({ error: '请填写批次号' }).trim().regex(/^[A-Za-z0-9-]{3,32}$/, '批次号为 3–32 位字母、数字或 -'),
  paidAt: isoDate('发放日期')
})
export const exportInput = z.strictObject({ filter: queueFilterSchema.default({}) })
export const statsInput = z.strictObject({ year: z.number({ error: '年度无效' }).int('年度无效').min(2020, '年度无效').max(2100, '年度无效') })

/** A queue row: enough to pick an application and see where it stands. */
export interface ReviewRow {
  id: string
  applicationNo: string
  year: number
  name: string
  idNumberMasked: string
  employer: string
  street: Street
  school: string
  level: EducationLevel
  amount: number
  status: ApplicationStatus
  stage?: ReviewStage
  /** 公示 period, once published. */
  publicity?: { startsAt: string; endsAt: string; articleId: string }
  payment?: { batchNo: string; paidAt: string }
  submittedAt: string
  updatedAt: string
  version: number
}

/** Who did a step, as staff see it. */
export type ReviewActor = { kind: 'applicant' } | { kind: 'staff'; role: StaffRole; staffId: string; name?: string }

/** One step of the history as staff see it (with who did it). */
export interface ReviewHistoryEntry {
  at: string
  from: ApplicationStatus | null
  to: ApplicationStatus
  stage?: ReviewStage
  by: ReviewActor
  reason?: string
  note?: string
}

/** An application as staff see it: numbers masked, materials with temporary URLs, the full history. */
export interface ReviewDetail extends ReviewRow {
  personal: Omit<PersonalSection, 'idNumber' | 'mobile'> & { idNumberMasked: string; mobileMasked: string }
  work: WorkSection
  education: EducationSection
  bank: { bankName: string; accountHolder: string; cardNumberMasked: string }
  materials: (MaterialFile & { kind: MaterialKind; url: string })[]
  history: ReviewHistoryEntry[]
  /** What the caller may decide now (empty when nothing). */
  decisions: Decision[]
  /** Which numbers the caller may reveal. */
  revealable: RevealableField[]
}

export interface QueueResult {
  items: ReviewRow[]
  nextCursor?: string
}

export interface PublishResult {
  articleId: string
  count: number
  startsAt: string
  endsAt: string
}

export interface PayResult {
  batchNo: string
  paidAt: string
  /** Applications this call marked 已发放. */
  paid: number
  /** Applications of the batch already paid by an earlier call with the same batch. */
  alreadyPaid: number
  /** Yuan, the whole batch. */
  amount: number
}

export interface ExportResult {
  fileID: string
  /** A temporary download URL (open it on H5; `Taro.cloud.downloadFile` + `openDocument` on weapp). */
  url: string
  fileName: string
  rows: number
  /** Whether card numbers are in full (finance) or masked. */
  fullCardNumbers: boolean
}

export interface StatsResult {
  year: number
  byStatus: Record<ApplicationStatus, number>
  byStreet: { street: Street; total: number; approved: number; paid: number }[]
  /** Shanghai months, oldest first: applications submitted and paid in each. */
  byMonth: { month: string; submitted: number; paid: number }[]
  /** Yuan. */
  paidAmount: number
  approvedAmount: number
  budget: number
}

/** Every action of `dreamPlanReview`. */
export interface DreamPlanReviewActions {
  queue: { input: z.input<typeof queueInput>; result: QueueResult }
  get: { input: z.input<typeof getInput>; result: ReviewDetail }
  reveal: { input: z.input<typeof revealInput>; result: { field: RevealableField; value: string } }
  decide: { input: z.input<typeof decideInput>; result: ReviewDetail }
  publish: { input: z.input<typeof publishInput>; result: PublishResult }
  pay: { input: z.input<typeof payInput>; result: PayResult }
  export: { input: z.input<typeof exportInput>; result: ExportResult }
  stats: { input: z.input<typeof statsInput>; result: StatsResult }
}
