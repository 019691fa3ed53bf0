// The whole form, checked before it becomes (or amends) an application: every section present,
// the cross-section rules of applicationFormSchema, then the year's eligibility rules (eligibility.ts).
import { FORM_SECTIONS, type ApplicationForm } from '../../contracts/dream-plan/application'
import type { PolicyDoc } from '../../contracts/dream-plan/policy'
import { applicationFormSchema } from '../../contracts/dream-plan/schemas'
import { RULE_FIELDS, answerFailures, answersOfForm } from '../../contracts/dream-plan/eligibility'
import { appError } from '../../contracts/errors'
import type { Envelope, FieldErrors } from '../../contracts/envelope'
import { invalid } from '../_shared/handler'

const SECTION_NAMES = { personal: '个人信息', work: '工作信息', education: '学历信息', bank: '收款信息', materials: '申请材料' } as const

/** The sections not saved yet, as DRAFT_INCOMPLETE (null when none is missing). */
export function missingSections(sections: Partial<ApplicationForm>): Envelope<never> | null {
  const missing = FORM_SECTIONS.filter((s) => !sections[s])
  if (!missing.length) return null
  const fields: FieldErrors = Object.fromEntries(missing.map((s) => [s, `请填写${SECTION_NAMES[s]}`]))
  return appError('DRAFT_INCOMPLETE', `申请资料尚未填写完整：${missing.map((s) => SECTION_NAMES[s]).join('、')}`, fields)
}

/** The form, valid under `policy`, or the reply that says what is wrong. */
export function checkForm(sections: Partial<ApplicationForm>, policy: PolicyDoc, now: Date): { form: ApplicationForm } | { error: Envelope<never> } {
  const incomplete = missingSections(sections)
  if (incomplete) return { error: incomplete }
  const parsed = applicationFormSchema.safeParse(sections)
  if (!parsed.success) return { error: invalid(parsed.error) }
  const form = parsed.data as ApplicationForm
  // The self-check's own rules (street, membership, level, mode, dates), so the two never disagree.
  const fields: FieldErrors = {}
  for (const failure of answerFailures(policy, answersOfForm(form), now)) {
    const field = RULE_FIELDS[failure.rule] ?? 'education'
    fields[field] ??= failure.message
  }
  const first = Object.values(fields)[0]
  if (first) return { error: appError('INVALID_INPUT', `提交的内容有误：${first}`, fields) }
  return { form }
}
