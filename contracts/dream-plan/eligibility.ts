// 圆梦计划's eligibility rules, in one pure module: the self-check page asks the questions and the
// function's submit applies the same rules to the form, so the 30-second check can never say
// "eligible" where submitting would be refused. The rules' parameters are the year's policy
// (levels, study modes, once per person, window, and its optional `selfCheck`); the questions'
// wording and "why it matters" come from the policy too, with the defaults below for a policy
// that has none. Zod-free: the page is light and the function already validated its input.
import { STREETS, type Street } from '../services/catalog'
import type { EducationLevel, PolicyDoc, StudyMode } from './policy'

/** The self-check's questions, in the order they are asked. */
export const QUESTION_IDS = ['workplace', 'union', 'member', 'study', 'previous', 'dates'] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

/** A rule's id: which part of the policy it applies. */
export type RuleId = 'futian' | 'union' | 'member' | 'level' | 'studyMode' | 'previousYear' | 'thisYear' | 'dateOrder' | 'enrolledFrom' | 'studying' | 'window'

export type YesNoUnsure = 'yes' | 'no' | 'unsure'

/** Not one of Futian's streets. */
export const OUTSIDE_FUTIAN = 'outside'
/** A level the subsidy never pays (研究生, 中专, not enrolled). */
export const OTHER_LEVEL = 'other'
/** 全日制 or any other way of studying the policy does not list. */
export const OTHER_MODE = 'other'

/** What the worker answered. Dates are YYYY-MM-DD ('' = not answered). */
export interface EligibilityAnswers {
  street: Street | typeof OUTSIDE_FUTIAN
  employerHasUnion: YesNoUnsure
  member: YesNoUnsure
  level: EducationLevel | typeof OTHER_LEVEL
  studyMode: StudyMode | typeof OTHER_MODE
  /** never; withdrew before review (does not count); applied in an earlier year; applied this year. */
  previous: 'never' | 'withdrawn' | 'earlierYear' | 'thisYear'
  enrolledOn: string
  expectedGraduation: string
}

/** A question as the policy words it. */
export interface QuestionText {
  title: string
  /** Why the answer matters, shown under the question. */
  why: string
}

/** Something else the union offers, suggested when a rule is not met. */
export interface Alternative {
  title: string
  description: string
  /** A service of the 服务 tab (services collection id). */
  serviceId: string
}

/** The policy's `selfCheck`: wording, and the date rules beyond the window. */
export interface SelfCheckPolicy {
  questions: Record<QuestionId, QuestionText>
  /** Studies must have started on or after this date (YYYY-MM-DD), when set. */
  enrolledFrom?: string
  /** The worker must still be studying when applying (expected graduation after the application date). */
  studyingOnApplication?: boolean
  /** Suggestions by rule (a rule without its own list gets `general`). */
  alternatives: { general: Alternative[] } & Partial<Record<RuleId, Alternative[]>>
}

/** Why one rule is not met. */
export interface RuleFailure {
  rule: RuleId
  question: QuestionId | null
  /** In Chinese, naming the rule. */
  message: string
  /** The answer is "不清楚": the worker can find out, rather than a plain no. */
  unsure?: true
}

/** The outcome of the self-check. */
export type EligibilityResult =
  | { eligible: true }
  | { eligible: false; failures: RuleFailure[]; alternatives: Alternative[] }

const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** 2026年9月1日, in Shenzhen's calendar (China keeps UTC+8 all year) whatever the device's zone. */
export function shanghaiDate(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

/** Today in Shenzhen, YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** 2026-03-01 → 2026年3月1日 */
export function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso
}

/** Whether the form is open at `now`; when closed, why, with the date. The window is [opensAt, closesAt). */
export function windowState(policy: Pick<PolicyDoc, 'year' | 'opensAt' | 'closesAt'>, now: Date): { isOpen: boolean; closedReason?: string } {
  const opens = Date.parse(policy.opensAt)
  const closes = Date.parse(policy.closesAt)
  const t = now.getTime()
  if (t < opens) return { isOpen: false, closedReason: `${policy.year}年度申请将于${shanghaiDate(opens)}开始` }
  if (t >= closes) return { isOpen: false, closedReason: `${policy.year}年度申请已于${shanghaiDate(closes - 1)}截止` }
  return { isOpen: true }
}

const SERVICE = {
  centre: { title: '职工服务中心', description: '咨询入会、找到所在街道的工会，就近办事', serviceId: 'worker-service-center' },
  training: { title: '工会培训', description: '免费的技能提升课程和劳动竞赛', serviceId: 'union-training' },
  library: { title: '职工书屋', description: '在身边读书、借书，备考也有好去处', serviceId: 'workers-library' },
  relief: { title: '一键即救', description: '遇到困难时的常态帮扶救助', serviceId: 'one-click-relief' }
} satisfies Record<string, Alternative>

/** The wording and suggestions a policy without `selfCheck` gets. */
export const DEFAULT_SELF_CHECK: SelfCheckPolicy = {
  questions: {
    workplace: { title: '您的工作单位在福田区哪个街道？', why: '圆梦计划资助在福田区用人单位工作的职工；单位所在街道的总工会负责初审您的申请。' },
    union: { title: '您的单位建立了工会吗？', why: '补贴由工会经费支出，资助已建立工会组织的单位的职工。' },
    member: { title: '您是工会会员吗？', why: '圆梦计划是会员服务，申请时要填写会员证号或所在工会组织。' },
    study: { title: '您在读的学历层次和学习形式是？', why: '补贴只资助在职学习的大专、本科学历，全日制学习不在范围内。' },
    previous: { title: '您以前申请过圆梦计划吗？', why: '每人限申请一次；提交后、审核开始前撤回的申请不计入次数。' },
    dates: { title: '您的入学日期和预计毕业日期是？', why: '补贴资助正在就读的学历教育，须在本年度申请时间内提交。' }
  },
  alternatives: {
    general: [SERVICE.training, SERVICE.library],
    futian: [SERVICE.centre],
    union: [SERVICE.centre],
    member: [SERVICE.centre],
    level: [SERVICE.training, SERVICE.library],
    studyMode: [SERVICE.training, SERVICE.library],
    previousYear: [SERVICE.training, SERVICE.library, SERVICE.relief],
    thisYear: [SERVICE.centre]
  }
}

/** The policy's self-check, falling back to the defaults for what it leaves out. */
export function selfCheckOf(policy: Pick<PolicyDoc, 'selfCheck'>): SelfCheckPolicy {
  const own = policy.selfCheck
  if (!own) return DEFAULT_SELF_CHECK
  return {
    ...own,
    questions: { ...DEFAULT_SELF_CHECK.questions, ...own.questions },
    alternatives: { ...DEFAULT_SELF_CHECK.alternatives, ...own.alternatives }
  }
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v

/**
 * The rules an application form can be held to (everything but the window and earlier
 * applications, which the function looks up itself): the same for the check and for submit.
 */
export function answerFailures(policy: Pick<PolicyDoc, 'year' | 'levels' | 'studyModes' | 'oncePerPerson' | 'selfCheck'>, answers: EligibilityAnswers, now: Date): RuleFailure[] {
  const rules = selfCheckOf(policy)
  const failures: RuleFailure[] = []
  const fail = (rule: RuleId, question: QuestionId, message: string, unsure?: boolean) => failures.push({ rule, question, message, ...(unsure ? { unsure: true as const } : {}) })

  if (!(STREETS as readonly string[]).includes(answers.street)) fail('futian', 'workplace', '圆梦计划只资助在福田区用人单位工作的职工')
  if (answers.employerHasUnion !== 'yes') {
    fail('union', 'union', answers.employerHasUnion === 'unsure' ? '请先向单位人事或工会确认单位是否已建立工会' : '须在已建立工会组织的单位工作', answers.employerHasUnion === 'unsure')
  }
  if (answers.member !== 'yes') {
    fail('member', 'member', answers.member === 'unsure' ? '请先确认您是否已加入工会（可问单位工会或职工服务中心）' : '须为工会会员，可先申请入会', answers.member === 'unsure')
  }
  if (!(policy.levels as string[]).includes(answers.level)) fail('level', 'study', `${policy.year}年度只资助${policy.levels.join('、')}学历`)
  if (!(policy.studyModes as string[]).includes(answers.studyMode)) {
    const mode = answers.studyMode === OTHER_MODE ? '全日制或其他' : answers.studyMode
    fail('studyMode', 'study', `${policy.year}年度不资助「${mode}」学习形式，只资助${policy.studyModes.join('、')}`)
  }
  if (answers.previous === 'thisYear') fail('thisYear', 'previous', `您${policy.year}年度已提交过申请，可在「我的申请」中查看进度`)
  if (answers.previous === 'earlierYear' && policy.oncePerPerson) fail('previousYear', 'previous', '每人限申请一次，以前申请过的不能再次申请')

  const { enrolledOn, expectedGraduation } = answers
  if (!isDate(enrolledOn) || !isDate(expectedGraduation)) {
    fail('dateOrder', 'dates', '请填写入学日期和预计毕业日期')
  } else {
    if (expectedGraduation <= enrolledOn) fail('dateOrder', 'dates', '预计毕业日期应晚于入学日期')
    if (rules.enrolledFrom && enrolledOn < rules.enrolledFrom) fail('enrolledFrom', 'dates', `${policy.year}年度只资助${dateText(rules.enrolledFrom)}及以后入学的学历教育`)
    if (rules.studyingOnApplication && expectedGraduation <= shanghaiToday(now)) fail('studying', 'dates', '补贴资助正在就读的学历教育，已毕业的不能申请')
  }
  return failures
}

/** The self-check: every rule, the window included, and what else the union offers when one is not met. */
export function checkEligibility(policy: Pick<PolicyDoc, 'year' | 'levels' | 'studyModes' | 'oncePerPerson' | 'opensAt' | 'closesAt' | 'selfCheck'>, answers: EligibilityAnswers, now: Date): EligibilityResult {
  const failures = answerFailures(policy, answers, now)
  const window = windowState(policy, now)
  if (!window.isOpen) failures.push({ rule: 'window', question: null, message: window.closedReason ?? '当前不在申请时间内' })
  if (!failures.length) return { eligible: true }
  const { alternatives } = selfCheckOf(policy)
  const offered = new Map<string, Alternative>()
  for (const f of failures) for (const a of alternatives[f.rule] ?? alternatives.general) offered.set(a.serviceId, a)
  return { eligible: false, failures, alternatives: [...offered.values()] }
}

/** The form fields a rule is about (for the function's field errors). */
export const RULE_FIELDS: Partial<Record<RuleId, string>> = {
  futian: 'work.street',
  union: 'personal.unionOrganisation',
  member: 'personal.memberNumber',
  level: 'education.level',
  studyMode: 'education.studyMode',
  dateOrder: 'education.expectedGraduation',
  enrolledFrom: 'education.enrolledOn',
  studying: 'education.expectedGraduation'
}

/** The parts of the form the rules read. */
export interface EligibilityFormView {
  personal: { memberNumber?: string; unionOrganisation?: string }
  work: { street: Street }
  education: { level: EducationLevel; studyMode: StudyMode; enrolledOn: string; expectedGraduation: string }
}

/**
 * A form as answers: a member number or a union organisation is the applicant's declaration that
 * they are a member of their employer's union. Earlier applications are looked up by the function.
 */
export function answersOfForm(form: EligibilityFormView): EligibilityAnswers {
  const declaresUnion = Boolean(form.personal.memberNumber || form.personal.unionOrganisation)
  return {
    street: form.work.street,
    employerHasUnion: declaresUnion ? 'yes' : 'no',
    member: declaresUnion ? 'yes' : 'no',
    level: form.education.level,
    studyMode: form.education.studyMode,
    previous: 'never',
    enrolledOn: form.education.enrolledOn,
    expectedGraduation: form.education.expectedGraduation
  }
}

/** What eligible answers fill in on the application form (sections and fields as the form names them). */
export function prefillOf(answers: EligibilityAnswers): { work: { street?: string }; education: Record<'level' | 'studyMode' | 'enrolledOn' | 'expectedGraduation', string> } {
  return {
    work: answers.street === OUTSIDE_FUTIAN ? {} : { street: answers.street },
    education: { level: answers.level, studyMode: answers.studyMode, enrolledOn: answers.enrolledOn, expectedGraduation: answers.expectedGraduation }
  }
}
