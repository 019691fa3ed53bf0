// zod schemas of each kind's working copy: the editors check fields with them as staff type, and
// `contentAdmin` parses every save again. Text is stored as typed (markup included) and always shown
// as text, so no character is refused for being markup; lengths, types and unknown fields are.
import { z } from '../zod'
import { EDUCATION_LEVELS, MATERIAL_KINDS } from '../dream-plan/policy'
import { PLACE_TYPES, SERVICE_IDS, STREETS } from '../services/catalog'
import { ARTICLE_BLOCKS_MAX, ARTICLE_SUMMARY_MAX, ARTICLE_TITLE_MAX, ATTACHMENT_MAX_BYTES, FUTIAN_BOUNDS, PARAGRAPH_MAX } from './words'

export { FUTIAN_BOUNDS }

/** Text a person types: trimmed and bounded, its field named in each message. */
export function text(label: string, max: number, min = 1) {
  return z
    .string({ error: `${label}须为文字` })
    .trim()
    .min(min, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`)
}

/** A file this project's storage issued (`cloud://<env>.<bucket>/content/…`); whether it was accepted is checked by the function. */
export const contentFileId = z
  .string({ error: '文件标识须为文字' })
  .max(300, '文件标识无效')
  .regex(/^cloud:\/\/[^/\s]+\/content\/[A-Za-z0-9_-]{1,64}\/(image|attachment)-[a-f0-9]{24}\.(jpg|png|webp|gif|pdf|docx|xlsx)$/, '文件标识无效，请重新上传')

const isoInstant = (label: string) =>
  z
    .string({ error: `${label}须为时间` })
    .max(40, `${label}无效`)
    .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), `${label}不是有效时间`)
    .transform((v) => new Date(v).toISOString())

export const editorBlock = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('paragraph'), text: text('段落', PARAGRAPH_MAX) }),
    z.strictObject({ type: z.literal('heading'), text: text('小标题', 64) }),
    z.strictObject({ type: z.literal('quote'), text: text('引文', 1000) }),
    z.strictObject({ type: z.literal('image'), fileID: contentFileId, caption: text('图片说明', 200, 0).optional(), alt: text('图片替代文字', 200) }),
    z.strictObject({
      type: z.literal('attachment'),
      fileID: contentFileId,
      name: text('附件名称', 100),
      size: z.number({ error: '附件大小须为数字' }).int().min(1).max(ATTACHMENT_MAX_BYTES, '附件不能超过 20 MB')
    })
  ],
  { error: '内容块类型无效' }
)

export const articleBody = z.strictObject({
  title: text('标题', ARTICLE_TITLE_MAX),
  channel: text('栏目', 20),
  summary: text('摘要', ARTICLE_SUMMARY_MAX, 0).default(''),
  source: text('来源', 40).default('福田区总工会'),
  byline: text('作者', 60, 0).optional(),
  publishedAt: isoInstant('发布时间').optional(),
  cover: contentFileId.optional(),
  blocks: z.array(editorBlock, { error: '正文须为内容块列表' }).max(ARTICLE_BLOCKS_MAX, `正文最多 ${ARTICLE_BLOCKS_MAX} 块`)
})

/** Mobile (11 digits), a landline with area code (0755-12345678, extension optional) or a 5-digit hotline such as 12351. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5})$/

export const placeBody = z
  .strictObject({
    name: text('名称', 60),
    type: z.enum(PLACE_TYPES.map((t) => t.id) as [string, ...string[]], { error: '阵地类型无效' }),
    street: z.enum(STREETS, { error: '街道无效' }),
    address: text('地址', 120),
    hours: text('开放时间', 60),
    offers: z.array(text('设施', 20), { error: '设施须为列表' }).max(20, '设施最多 20 项'),
    phone: z.string({ error: '电话须为文字' }).trim().regex(PHONE, '电话号码格式不正确（手机 11 位，座机如 0755-12345678）').optional(),
    latitude: z.number({ error: '纬度须为数字' }),
    longitude: z.number({ error: '经度须为数字' }),
    closedNote: text('暂停开放说明', 100, 0).optional()
  })
  .refine(
    (v) => v.longitude >= FUTIAN_BOUNDS.minLng && v.longitude <= FUTIAN_BOUNDS.maxLng && v.latitude >= FUTIAN_BOUNDS.minLat && v.latitude <= FUTIAN_BOUNDS.maxLat,
    { message: '位置不在福田区内，请重新选点', path: ['latitude'] }
  )

export const policyBody = z
  .strictObject({
    year: z.number({ error: '年度须为数字' }).int().min(2020, '年度无效').max(2100, '年度无效'),
    title: text('标题', 64),
    amount: z.number({ error: '补助金额须为数字' }).int('补助金额须为整数').min(1, '补助金额须大于 0').max(100000, '补助金额过大'),
    levels: z.array(z.enum(EDUCATION_LEVELS, { error: '学历层次无效' })).min(1, '请至少选择一个学历层次'),
    opensAt: isoInstant('开始时间'),
    closesAt: isoInstant('截止时间'),
    budget: z.number({ error: '预算须为数字' }).int().min(0).max(1e9, '预算过大'),
    publicityDays: z.number({ error: '公示天数须为数字' }).int().min(1, '公示至少 1 天').max(30, '公示最多 30 天'),
    // The materials the form asks for: their kinds are fixed by the form's upload steps; staff word them.
    documents: z
      .array(z.strictObject({ kind: z.enum(MATERIAL_KINDS, { error: '材料类型无效' }), name: text('材料名称', 30), description: text('材料说明', 200) }), { error: '材料须为列表' })
      .max(MATERIAL_KINDS.length, '材料项目过多')
      .refine((v) => new Set(v.map((d) => d.kind)).size === v.length, '材料重复')
      .optional()
  })
  .refine((v) => v.closesAt > v.opensAt, { message: '截止时间须晚于开始时间', path: ['closesAt'] })

export const serviceBody = z.strictObject({
  serviceId: z.enum(SERVICE_IDS, { error: '服务编号无效' }),
  name: text('名称', 20),
  tagline: text('一句话介绍', 40),
  order: z.number().int().min(0).max(100),
  about: text('是什么', 2000),
  eligibility: text('谁可以用', 1000),
  steps: z.array(text('步骤', 200)).max(20),
  documents: z.array(text('材料', 100)).max(20),
  contacts: z.array(z.strictObject({ label: text('联系人', 40), phone: z.string().trim().regex(PHONE, '电话号码格式不正确') })).max(10)
})

export const faqBody = z.strictObject({
  group: text('分组', 20),
  groupOrder: z.number().int().min(0).max(100),
  order: z.number().int().min(0).max(1000),
  question: text('问题', 100),
  answer: text('回答', 2000)
})

/** Each kind's schema. */
export const BODY_SCHEMAS = { article: articleBody, place: placeBody, policy: policyBody, service: serviceBody, faq: faqBody } as const
