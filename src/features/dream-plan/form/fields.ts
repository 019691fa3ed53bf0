// The form's text sections as the worker fills them: each field's label and kind, the typed strings
// ↔ the section's data, and each field's first error from the contract's own zod schema (the one the
// function parses again). This module brings zod: only the dream-plan subpackage imports it.
import type { ApplicationForm, FormSection } from '@contracts/dream-plan/application'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { SECTION_SCHEMAS } from '@contracts/dream-plan/schemas'
import { STREETS } from '@contracts/services/catalog'

/** Sections typed into fields (materials are uploads: see materials.ts). */
export type TextSection = Exclude<FormSection, 'materials'>

/** How a field is entered. */
/** `code`: letters and digits typed upper-case (a credit code needs a full keyboard, unlike `idcard`). */
export type FieldKind = 'text' | 'idcard' | 'code' | 'mobile' | 'card' | 'select' | 'date'

/** One field of a section. */
export interface FieldDef {
  key: string
  label: string
  kind: FieldKind
  maxLength?: number
  placeholder?: string
  /** A line under the label (what to write, where to find it). */
  hint?: string
  /** Options of a select: from the policy where the policy decides them. */
  options?: (policy: PolicyView) => readonly string[]
  /** Date pickers: the earliest and latest dates offered, given the section's values. */
  range?: (values: Values, today: string) => { start?: string; end?: string }
}

/** A section's fields as typed: always strings ('' for empty). */
export type Values = Record<string, string>

/** The titles of the form's steps, in order (the last is the review). */
export const STEP_TITLES = ['个人信息', '工作信息', '学历信息', '收款信息', '申请材料', '核对提交'] as const

/** Two-character names under the step circles. */
export const STEP_SHORT_TITLES = ['个人', '工作', '学历', '收款', '材料', '核对'] as const

/** The sections in step order; step 5 is the review. */
export const STEP_SECTIONS = ['personal', 'work', 'education', 'bank', 'materials'] as const satisfies readonly FormSection[]
export const REVIEW_STEP = STEP_SECTIONS.length

/** The section names in the server's messages (DRAFT_INCOMPLETE). */
export function sectionTitle(section: FormSection): string {
  return STEP_TITLES[STEP_SECTIONS.indexOf(section)]
}

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`

export const SECTION_FIELDS: Record<TextSection, FieldDef[]> = {
  personal: [
    { key: 'name', label: '姓名', kind: 'text', maxLength: 30, placeholder: '与身份证一致' },
    { key: 'idNumber', label: '身份证号', kind: 'idcard', maxLength: 18, placeholder: '18 位居民身份证号' },
    { key: 'mobile', label: '手机号', kind: 'mobile', maxLength: 11, placeholder: '11 位手机号，用于审核联系' },
    { key: 'memberNumber', label: '会员证号', kind: 'text', maxLength: 30, placeholder: '选填', hint: '会员证号与所在工会组织，至少填写一项' },
    { key: 'unionOrganisation', label: '所在工会组织', kind: 'text', maxLength: 60, placeholder: '如：某某公司工会' }
  ],
  work: [
    { key: 'employer', label: '工作单位', kind: 'text', maxLength: 60, placeholder: '单位全称' },
    { key: 'creditCode', label: '统一社会信用代码', kind: 'code', maxLength: 18, placeholder: '18 位，见单位营业执照', hint: '可向单位人事或财务索取' },
    { key: 'street', label: '单位所在街道', kind: 'select', options: () => STREETS },
    {
      key: 'workingInFutianSince',
      label: '在福田工作起始日期',
      kind: 'date',
      range: (_v, today) => ({ start: '1970-01-01', end: today })
    }
  ],
  education: [
    { key: 'school', label: '就读学校', kind: 'text', maxLength: 60, placeholder: '如：广东开放大学' },
    { key: 'major', label: '专业', kind: 'text', maxLength: 40 },
    { key: 'level', label: '学历层次', kind: 'select', options: (policy) => policy.levels },
    { key: 'studyMode', label: '学习形式', kind: 'select', options: (policy) => policy.studyModes },
    { key: 'enrolledOn', label: '入学日期', kind: 'date', range: (_v, today) => ({ start: '2000-01-01', end: addYears(today, 1) }) },
    {
      key: 'expectedGraduation',
      label: '预计毕业日期',
      kind: 'date',
      range: (v, today) => ({ start: v.enrolledOn || '2000-01-01', end: addYears(v.enrolledOn || today, 8) })
    },
    { key: 'studentNumber', label: '学号', kind: 'text', maxLength: 30, placeholder: '字母、数字或 -' }
  ],
  bank: [
    { key: 'bankName', label: '开户银行', kind: 'text', maxLength: 40, placeholder: '如：中国工商银行深圳福田支行' },
    { key: 'accountHolder', label: '开户人姓名', kind: 'text', maxLength: 30, hint: '须为申请人本人' },
    { key: 'cardNumber', label: '银行卡号', kind: 'card', maxLength: 23, placeholder: '本人名下的银行卡' }
  ]
}

/** 6222 0000 1234 5678: digits in groups of four, as printed on the card. */
export function formatCardNumber(raw: string): string {
  return raw
    .replace(/\D/g, '')
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** What the worker typed, cleaned as they type (card spacing, upper-case X). */
export function normaliseInput(kind: FieldKind, raw: string): string {
  if (kind === 'card') return formatCardNumber(raw)
  if (kind === 'mobile') return raw.replace(/\D/g, '').slice(0, 11)
  if (kind === 'idcard' || kind === 'code') return raw.replace(/\s/g, '').toUpperCase()
  return raw
}

/** A saved section as the fields show it. */
export function toValues(section: TextSection, data: Partial<ApplicationForm>[TextSection] | undefined): Values {
  const source = (data ?? {}) as Record<string, unknown>
  const values: Values = {}
  for (const field of SECTION_FIELDS[section]) {
    const value = source[field.key]
    values[field.key] = typeof value === 'string' ? (field.kind === 'card' ? formatCardNumber(value) : value) : ''
  }
  return values
}

/** The fields as the schema's input: empty fields are absent (so the message is 请填写…). */
export function toInput(section: TextSection, values: Values): Record<string, string> {
  const input: Record<string, string> = {}
  for (const field of SECTION_FIELDS[section]) {
    const raw = values[field.key] ?? ''
    const value = field.kind === 'card' ? raw.replace(/\s/g, '') : raw
    if (value.trim()) input[field.key] = value
  }
  return input
}

/** Field key → its first error, in Chinese. */
export type FieldErrors = Record<string, string>

type Issue = { path: PropertyKey[]; message: string }

function firstPerField(issues: readonly Issue[], fallbackKey: string): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[0]) : fallbackKey
    errors[key] ??= issue.message
  }
  return errors
}

/**
 * Each field's first problem: every field on its own (so one wrong field does not hide another's
 * message), then the section's cross-field rules, which zod runs once the fields are valid.
 * `context.applicantName` adds the cross-section rule that the account holder is the applicant.
 */
export function validateSection(section: TextSection, values: Values, context: { applicantName?: string } = {}): { errors: FieldErrors; data?: ApplicationForm[TextSection] } {
  const schema = SECTION_SCHEMAS[section]
  const input = toInput(section, values)
  const errors: FieldErrors = {}
  const shape = schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: readonly Issue[] } } }>
  for (const field of SECTION_FIELDS[section]) {
    const result = shape[field.key].safeParse(input[field.key])
    if (!result.success && result.error) Object.assign(errors, firstPerField(result.error.issues, field.key))
  }
  if (Object.keys(errors).length) return { errors }
  const whole = schema.safeParse(input)
  if (!whole.success) return { errors: firstPerField(whole.error.issues as readonly Issue[], SECTION_FIELDS[section][0].key) }
  const data = whole.data as ApplicationForm[TextSection]
  // Mirrors applicationFormSchema's cross-section rule (the function checks it again on submit).
  if (section === 'bank' && context.applicantName && (data as ApplicationForm['bank']).accountHolder !== context.applicantName.trim()) {
    return { errors: { accountHolder: '开户人须为申请人本人' } }
  }
  return { errors, data }
}

/**
 * The server's field errors for one section: saveDraft's are keyed `data.<field>…`, submit's
 * `<section>.<field>…`. Returns field key → message.
 */
export function serverFieldErrors(section: FormSection, fields: Record<string, string> | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const [path, message] of Object.entries(fields ?? {})) {
    const parts = path.split('.')
    const rest = parts[0] === 'data' ? parts.slice(1) : parts[0] === section ? parts.slice(1) : null
    if (rest && rest.length) errors[rest[0]] ??= message
  }
  return errors
}

/** The step a submit error points at: the first section named in its fields. */
export function stepOfFields(fields: Record<string, string> | undefined): number | null {
  const keys = Object.keys(fields ?? {})
  const steps = keys.map((k) => STEP_SECTIONS.indexOf(k.split('.')[0] as FormSection)).filter((i) => i >= 0)
  return steps.length ? Math.min(...steps) : null
}

/** The first step not saved yet (the review when every section is saved). */
export function firstMissingStep(sections: Partial<ApplicationForm>): number {
  const i = STEP_SECTIONS.findIndex((s) => !sections[s])
  return i < 0 ? REVIEW_STEP : i
}

/** YYYY-MM-DD in Shenzhen today. */
export function todayInShenzhen(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10)
}
