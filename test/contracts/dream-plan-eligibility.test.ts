// The 圆梦计划 eligibility rules (contracts/dream-plan/eligibility.ts): every rule path as a table,
// and a property that the self-check never says "eligible" where the function's submit would refuse
// the same answers — checked against submit's own pure decisions (the window, and checkForm with
// the schema and the year's rules). The same answers through the real submit are in
// test/cloudfunctions/dream-plan/eligibility-submit.test.ts.
jest.mock('zod/v4/locales/zh-CN.js', () => jest.requireActual('zod/v4/locales/zh-CN.cjs'))

import fc from 'fast-check'
import type { ApplicationForm } from '../../contracts/dream-plan/application'
import {
  OTHER_LEVEL,
  OTHER_MODE,
  OUTSIDE_FUTIAN,
  checkEligibility,
  prefillOf,
  selfCheckOf,
  type EligibilityAnswers,
  type RuleId
} from '../../contracts/dream-plan/eligibility'
import { EDUCATION_LEVELS, STUDY_MODES, type PolicyDoc } from '../../contracts/dream-plan/policy'
import { STREETS } from '../../contracts/services/catalog'
import { checkForm } from '../../cloudfunctions/dreamPlan/form'
import { windowState } from '../../cloudfunctions/_shared/dream-plan/policies'
import { demoPolicies } from '../../database/seed/dream-plan/seed-dream-plan'
import { makeBank, makeEducation, makePersonal, makePolicy, makeWork } from '../cloudfunctions/dream-plan/dream-plan-kit'

const NOW = new Date('2026-10-15T02:00:00Z') // inside the demo policy's window
const [DEMO] = demoPolicies()

const ELIGIBLE: EligibilityAnswers = {
  street: '莲花',
  employerHasUnion: 'yes',
  member: 'yes',
  level: '大专',
  studyMode: '开放教育',
  previous: 'never',
  enrolledOn: '2026-03-01',
  expectedGraduation: '2028-07-01'
}

const rulesOf = (policy: PolicyDoc, change: Partial<EligibilityAnswers>, now = NOW): RuleId[] => {
  const result = checkEligibility(policy, { ...ELIGIBLE, ...change }, now)
  return result.eligible ? [] : result.failures.map((f) => f.rule)
}

describe('every rule path (the 2026 demo policy)', () => {
  test.each<[string, Partial<EligibilityAnswers>, RuleId[]]>([
    ['all conditions met', {}, []],
    ['withdrew an earlier application before review', { previous: 'withdrawn' }, []],
    ['employer outside Futian', { street: OUTSIDE_FUTIAN }, ['futian']],
    ['employer has no union', { employerHasUnion: 'no' }, ['union']],
    ['not sure the employer has a union', { employerHasUnion: 'unsure' }, ['union']],
    ['not a member', { member: 'no' }, ['member']],
    ['not sure of membership', { member: 'unsure' }, ['member']],
    ['a level the policy does not pay (研究生, 中专)', { level: OTHER_LEVEL }, ['level']],
    ['full-time or another mode', { studyMode: OTHER_MODE }, ['studyMode']],
    ['applied in an earlier year (once per person)', { previous: 'earlierYear' }, ['previousYear']],
    ['already applied this year', { previous: 'thisYear' }, ['thisYear']],
    ['graduation before enrolment', { enrolledOn: '2027-03-01', expectedGraduation: '2027-01-01' }, ['dateOrder']],
    ['graduation on the enrolment day', { enrolledOn: '2027-03-01', expectedGraduation: '2027-03-01' }, ['dateOrder']],
    ['dates not answered', { enrolledOn: '' }, ['dateOrder']],
    ['an impossible date', { expectedGraduation: '2027-02-30' }, ['dateOrder']],
    ['enrolled before the policy\'s first intake', { enrolledOn: '2023-08-31' }, ['enrolledFrom']],
    ['enrolled on the first intake day', { enrolledOn: '2023-09-01' }, []],
    ['already graduated', { enrolledOn: '2024-03-01', expectedGraduation: '2026-07-01' }, ['studying']],
    ['graduates today (Shenzhen)', { enrolledOn: '2024-03-01', expectedGraduation: '2026-10-15' }, ['studying']],
    ['graduates tomorrow', { enrolledOn: '2024-03-01', expectedGraduation: '2026-10-16' }, []],
    ['several at once', { street: OUTSIDE_FUTIAN, member: 'no', level: OTHER_LEVEL }, ['futian', 'member', 'level']]
  ])('%s → %j', (_label, change, rules) => {
    expect(rulesOf(DEMO, change)).toEqual(rules)
  })

  test.each<[string, Date, string]>([
    ['before the window', new Date('2026-08-31T15:59:59Z'), '2026年度申请将于2026年9月1日开始'],
    ['after the window', new Date('2027-06-30T16:00:00Z'), '2026年度申请已于2027年6月30日截止']
  ])('%s → window, with the date', (_label, now, message) => {
    const result = checkEligibility(DEMO, { ...ELIGIBLE, expectedGraduation: '2029-07-01' }, now)
    expect(result).toMatchObject({ eligible: false, failures: [{ rule: 'window', question: null, message }] })
  })

  test('once per person off: an earlier year is fine, this year is not', () => {
    const policy = { ...DEMO, oncePerPerson: false }
    expect(rulesOf(policy, { previous: 'earlierYear' })).toEqual([])
    expect(rulesOf(policy, { previous: 'thisYear' })).toEqual(['thisYear'])
  })

  test('levels and modes come from the policy, not the page', () => {
    const policy = { ...DEMO, levels: ['本科' as const], studyModes: ['自学考试' as const] }
    expect(rulesOf(policy, { level: '大专', studyMode: '开放教育' })).toEqual(['level', 'studyMode'])
    expect(checkEligibility(policy, { ...ELIGIBLE, level: '大专', studyMode: '自学考试' }, NOW)).toMatchObject({ failures: [{ message: '2026年度只资助本科学历' }] })
  })

  test('a policy without selfCheck has no date rules beyond the order, and the default wording', () => {
    const { selfCheck: _none, ...bare } = DEMO as PolicyDoc
    expect(rulesOf(bare, { enrolledOn: '2010-09-01', expectedGraduation: '2012-07-01' })).toEqual([])
    expect(selfCheckOf(bare as PolicyDoc).questions.member.why).toMatch(/会员/)
  })

  test('not eligible names the rule and offers what else the union has, once each', () => {
    const result = checkEligibility(DEMO, { ...ELIGIBLE, member: 'no', employerHasUnion: 'no' }, NOW)
    if (result.eligible) throw new Error('expected not eligible')
    expect(result.failures.map((f) => f.message)).toEqual(['须在已建立工会组织的单位工作', '须为工会会员，可先申请入会'])
    expect(result.alternatives.map((a) => a.serviceId)).toEqual(['worker-service-center'])
    const other = checkEligibility(DEMO, { ...ELIGIBLE, level: OTHER_LEVEL }, NOW)
    expect(other.eligible ? [] : other.alternatives.map((a) => a.serviceId)).toEqual(['union-training', 'workers-library'])
  })

  test('"不清楚" is marked so the page can say how to find out', () => {
    const result = checkEligibility(DEMO, { ...ELIGIBLE, member: 'unsure' }, NOW)
    expect(result).toMatchObject({ eligible: false, failures: [{ rule: 'member', unsure: true }] })
  })

  test('every question of the demo policy says why it matters', () => {
    const { questions } = selfCheckOf(DEMO)
    for (const q of Object.values(questions)) {
      expect(q.title.length).toBeGreaterThan(4)
      expect(q.why.length).toBeGreaterThan(10)
    }
  })
})

// ── The property ───────────────────────────────────────────────────────────────────────────────
const DAY = 86_400_000
const isoDay = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2032, 11, 31) }).map((t) => new Date(Math.floor(t / DAY) * DAY).toISOString().slice(0, 10))
const anyAnswers: fc.Arbitrary<EligibilityAnswers> = fc.record({
  street: fc.constantFrom(...STREETS, OUTSIDE_FUTIAN),
  employerHasUnion: fc.constantFrom('yes', 'yes', 'no', 'unsure'),
  member: fc.constantFrom('yes', 'yes', 'no', 'unsure'),
  level: fc.constantFrom(...EDUCATION_LEVELS, OTHER_LEVEL),
  studyMode: fc.constantFrom(...STUDY_MODES, OTHER_MODE),
  previous: fc.constantFrom('never', 'never', 'withdrawn', 'earlierYear', 'thisYear'),
  enrolledOn: fc.oneof(isoDay, fc.constant(''), fc.constant('2026-02-30')),
  expectedGraduation: fc.oneof(isoDay, fc.constant(''))
}) as fc.Arbitrary<EligibilityAnswers>
/** Answers a worker who mostly qualifies gives: any single rule may still fail (dates, levels, modes). */
const likelyAnswers: fc.Arbitrary<EligibilityAnswers> = fc
  .record({
    street: fc.constantFrom(...STREETS),
    level: fc.constantFrom(...EDUCATION_LEVELS),
    studyMode: fc.constantFrom(...STUDY_MODES),
    previous: fc.constantFrom('never', 'withdrawn', 'earlierYear'),
    enrolledOn: isoDay,
    years: fc.integer({ min: -1, max: 6 })
  })
  .map(({ years, ...a }) => ({ ...a, employerHasUnion: 'yes', member: 'yes', expectedGraduation: `${Number(a.enrolledOn.slice(0, 4)) + years}${a.enrolledOn.slice(4)}` }) as EligibilityAnswers)
const answers = fc.oneof({ arbitrary: likelyAnswers, weight: 3 }, { arbitrary: anyAnswers, weight: 1 })

const policies: fc.Arbitrary<PolicyDoc> = fc
  .record({
    levels: fc.subarray([...EDUCATION_LEVELS], { minLength: 1 }),
    studyModes: fc.subarray([...STUDY_MODES], { minLength: 1 }),
    oncePerPerson: fc.boolean(),
    state: fc.constantFrom('open', 'open', 'notYetOpen', 'closed'),
    enrolledFrom: fc.option(isoDay, { nil: undefined }),
    studyingOnApplication: fc.option(fc.boolean(), { nil: undefined }),
    withSelfCheck: fc.boolean()
  })
  .map(({ state, withSelfCheck, enrolledFrom, studyingOnApplication, ...rest }) =>
    makePolicy(state as 'open', {
      ...rest,
      ...(withSelfCheck ? { selfCheck: { ...selfCheckOf(DEMO), enrolledFrom, studyingOnApplication } } : {})
    })
  )

/** The application the eligible answers start: the answers filled in, the rest as a worker types it. */
function formFrom(a: EligibilityAnswers): Partial<ApplicationForm> {
  const prefill = prefillOf(a)
  const personal = makePersonal()
  return {
    personal,
    work: makeWork(prefill.work as { street?: (typeof STREETS)[number] }),
    education: makeEducation(prefill.education as Partial<ApplicationForm['education']>),
    bank: makeBank(personal.name),
    materials: {
      enrolmentProof: { fileID: 'cloud://env.bucket/dream-plan/x/enrolmentProof.png', name: '录取通知书.png', size: 100, contentType: 'image/png' },
      tuitionReceipt: { fileID: 'cloud://env.bucket/dream-plan/x/tuitionReceipt.pdf', name: '学费发票.pdf', size: 100, contentType: 'application/pdf' }
    }
  }
}

test('property: the check never says eligible where submit would refuse the same answers', () => {
  let eligibleSeen = 0
  fc.assert(
    fc.property(policies, answers, fc.integer({ min: -60, max: 60 }), (policy, a, dayShift) => {
      const now = new Date(Date.now() + dayShift * DAY)
      const result = checkEligibility(policy, a, now)
      if (!result.eligible) return
      eligibleSeen++
      // submit's refusals, in its order: the window, the form (schema + the year's rules), then an
      // earlier application (the unique index on the person or on this worker and year).
      expect(windowState(policy, now).isOpen).toBe(true)
      const checked = checkForm(formFrom(a), policy, now)
      expect('error' in checked ? checked.error : 'accepted').toBe('accepted')
      expect(a.previous === 'thisYear' || (a.previous === 'earlierYear' && policy.oncePerPerson)).toBe(false)
    }),
    { numRuns: 3000 }
  )
  // The property would be empty if eligible answers were never generated.
  expect(eligibleSeen).toBeGreaterThan(100)
})

test('and the converse for what the form carries: answers submit accepts are ones the check accepts', () => {
  fc.assert(
    fc.property(policies, answers, (policy, a) => {
      const now = new Date()
      if (a.street === OUTSIDE_FUTIAN || a.employerHasUnion !== 'yes' || a.member !== 'yes' || !['never', 'withdrawn'].includes(a.previous)) return
      if (!windowState(policy, now).isOpen) return
      const accepted = !('error' in checkForm(formFrom(a), policy, now))
      expect(checkEligibility(policy, a, now).eligible).toBe(accepted)
    }),
    { numRuns: 2000 }
  )
})
