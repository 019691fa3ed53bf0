// zod schemas of the 圆梦计划 form: the same ones check each field as the worker types and again
// in the function. Messages are Chinese and name the field.
import { z } from '../zod'
import { STREETS } from '../services/catalog'
import { QUESTION_IDS } from './eligibility'
import { checkCardNumber, checkCreditCode, checkIdNumber, checkMobile } from './identity-numbers'
import { EDUCATION_LEVELS, MATERIAL_KINDS, MATERIAL_MAX_BYTES, MATERIAL_TYPES, STUDY_MODES } from './policy'

/** Text a person types: trimmed, bounded, and free of markup characters. */
export function plainText(label: string, min: number, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}最多 ${max} 个字`)
    .refine((v) => !/[<>]/.test(v), `${label}不能包含 < 或 > 符号`)
}

/** A calendar date YYYY-MM-DD that exists. */
export function isoDate(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
    }, `${label}不是有效日期`)
}

const checked = (label: string, check: (v: string) => string | null) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(40, `${label}过长`)
    .superRefine((v, ctx) => {
      const problem = check(v)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })

export const personalSchema = z
  .strictObject({
    name: plainText('姓名', 2, 30).refine((v) => /^[\u4e00-\u9fa5·A-Za-z ]+$/.test(v), '姓名只能包含汉字、字母和 ·'),
    idNumber: checked('身份证号', (v) => checkIdNumber(v)).transform((v) => v.toUpperCase()),
    mobile: checked('手机号', checkMobile),
    memberNumber: plainText('会员证号', 1, 30).optional(),
    unionOrganisation: plainText('所在工会组织', 2, 60).optional()
  })
  .refine((v) => Boolean(v.memberNumber || v.unionOrganisation), { message: '请填写会员证号或所在工会组织名称', path: ['memberNumber'] })

export const workSchema = z.strictObject({
  employer: plainText('工作单位', 2, 60),
  creditCode: checked('统一社会信用代码', checkCreditCode).transform((v) => v.toUpperCase()),
  street: z.enum(STREETS, { error: '请选择单位所在街道' }),
  workingInFutianSince: isoDate('在福田工作起始日期')
})

export const educationSchema = z
  .strictObject({
    school: plainText('就读学校', 2, 60),
    major: plainText('专业', 2, 40),
    level: z.enum(EDUCATION_LEVELS, { error: '请选择学历层次' }),
    studyMode: z.enum(STUDY_MODES, { error: '请选择学习形式' }),
    enrolledOn: isoDate('入学日期'),
    expectedGraduation: isoDate('预计毕业日期'),
    studentNumber: plainText('学号', 1, 30).refine((v) => /^[A-Za-z0-9-]+$/.test(v), '学号只能包含字母、数字和 -')
  })
  .refine((v) => v.expectedGraduation > v.enrolledOn, { message: '预计毕业日期应晚于入学日期', path: ['expectedGraduation'] })

export const bankSchema = z.strictObject({
  bankName: plainText('开户银行', 2, 40),
  accountHolder: plainText('开户人姓名', 2, 30),
  cardNumber: checked('银行卡号', checkCardNumber).transform((v) => v.replace(/\s+/g, ''))
})

export const materialFileSchema = z.strictObject({
  fileID: z.string().min(1, '请上传文件').max(300, '文件标识无效').startsWith('cloud://', '请通过小程序上传文件'),
  name: plainText('文件名', 1, 100),
  size: z.number().int().positive('文件为空').max(MATERIAL_MAX_BYTES, '文件不能超过 10 MB'),
  contentType: z.enum(MATERIAL_TYPES, { error: '只支持 jpg、png 或 pdf 文件' })
})

export const materialsSchema = z.strictObject({
  enrolmentProof: materialFileSchema,
  tuitionReceipt: materialFileSchema
})

/** Each section's schema, by section name. */
export const SECTION_SCHEMAS = {
  personal: personalSchema,
  work: workSchema,
  education: educationSchema,
  bank: bankSchema,
  materials: materialsSchema
} as const

/** The whole form, with the checks that span sections. */
export const applicationFormSchema = z
  .strictObject({ personal: personalSchema, work: workSchema, education: educationSchema, bank: bankSchema, materials: materialsSchema })
  .refine((v) => v.bank.accountHolder === v.personal.name, { message: '开户人须为申请人本人', path: ['bank', 'accountHolder'] })

const words = z.string().trim().min(1).max(2000)

const question = z.strictObject({ title: words, why: words })
const alternative = z.strictObject({ title: words, description: words, serviceId: z.string().regex(/^[a-z0-9-]{1,60}$/) })
const RULE_IDS = ['futian', 'union', 'member', 'level', 'studyMode', 'previousYear', 'thisYear', 'dateOrder', 'enrolledFrom', 'studying', 'window'] as const

/** The policy's eligibility self-check (eligibility.ts): wording, date rules, suggestions. */
const selfCheckSchema = z.strictObject({
  questions: z.strictObject(Object.fromEntries(QUESTION_IDS.map((id) => [id, question])) as Record<(typeof QUESTION_IDS)[number], typeof question>),
  enrolledFrom: isoDate('入学起始日期').optional(),
  studyingOnApplication: z.boolean().optional(),
  alternatives: z.object({ general: z.array(alternative).min(1) }).extend(Object.fromEntries(RULE_IDS.map((id) => [id, z.array(alternative).optional()])) as Record<(typeof RULE_IDS)[number], z.ZodOptional<z.ZodArray<typeof alternative>>>).strict()
})

/** A year's policy document (`dreamPlanPolicies`), as staff set it and as the seed writes it: the
 * function parses every policy it reads with this, so a malformed one is a loud fault, never a
 * silently open or closed form. */
export const policySchema = z
  .strictObject({
    _id: z.string().regex(/^\d{4}$/),
    year: z.number().int().min(2020).max(2100),
    title: words,
    amount: z.number().int().positive(),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    levels: z.array(z.enum(EDUCATION_LEVELS)).min(1),
    studyModes: z.array(z.enum(STUDY_MODES)).min(1),
    oncePerPerson: z.boolean(),
    documents: z.array(z.strictObject({ kind: z.enum(MATERIAL_KINDS), name: words, description: words })).min(1),
    eligibility: z.array(words).min(1),
    timeline: z.array(words).min(1),
    privacy: z.strictObject({ collected: z.array(words).min(1), purpose: words, recipients: words, retention: words, contact: words }),
    budget: z.number().int().min(0),
    publicityDays: z.number().int().min(0).max(60),
    sample: z.boolean(),
    selfCheck: selfCheckSchema.optional()
  })
  .refine((p) => p._id === String(p.year), { message: '_id 须为年份', path: ['_id'] })
  .refine((p) => Date.parse(p.closesAt) > Date.parse(p.opensAt), { message: '截止时间须晚于开始时间', path: ['closesAt'] })
