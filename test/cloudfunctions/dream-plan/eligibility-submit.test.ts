// The self-check against the real submit (local CloudBase, the real SDK): for generated policies
// and answers, what the check says is what submitting the application the answers start does —
// eligible answers are accepted, answers the check refuses are refused by saveDraft or submit with
// the rule's words, and nothing is written for a refusal. (The pure property over thousands of
// cases is in test/contracts/dream-plan-eligibility.test.ts.)
import fc from 'fast-check'
import { checkEligibility, prefillOf, selfCheckOf, type EligibilityAnswers } from '../../../contracts/dream-plan/eligibility'
import { EDUCATION_LEVELS, STUDY_MODES } from '../../../contracts/dream-plan/policy'
import { STREETS } from '../../../contracts/services/catalog'
import { demoPolicies } from '../../../database/seed/dream-plan/seed-dream-plan'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callDreamPlan, documents, makeBank, makeEducation, makeOpenid, makePersonal, makePolicy, makeWork, newKey, setPolicy, uploadMaterials } from './dream-plan-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

const DAY = 86_400_000
const isoDay = fc.integer({ min: Date.now() - 6 * 365 * DAY, max: Date.now() + 4 * 365 * DAY }).map((t) => new Date(t).toISOString().slice(0, 10))

/** What a worker who passed through the check would put in the form. */
const answers = fc.record({
  street: fc.constantFrom(...STREETS),
  employerHasUnion: fc.constant('yes'),
  member: fc.constant('yes'),
  level: fc.constantFrom(...EDUCATION_LEVELS),
  studyMode: fc.constantFrom(...STUDY_MODES),
  previous: fc.constant('never'),
  enrolledOn: isoDay,
  expectedGraduation: isoDay
}) as fc.Arbitrary<EligibilityAnswers>

const policies = fc.record({
  levels: fc.subarray([...EDUCATION_LEVELS], { minLength: 1 }),
  studyModes: fc.subarray([...STUDY_MODES], { minLength: 1 }),
  enrolledFrom: fc.option(isoDay, { nil: undefined }),
  studyingOnApplication: fc.boolean()
})

const QUALIFIES: EligibilityAnswers = {
  street: '华强北',
  employerHasUnion: 'yes',
  member: 'yes',
  level: '本科',
  studyMode: '开放教育',
  previous: 'never',
  enrolledOn: new Date(Date.now() - 200 * DAY).toISOString().slice(0, 10),
  expectedGraduation: new Date(Date.now() + 700 * DAY).toISOString().slice(0, 10)
}

test('property: submit accepts exactly the answers the check calls eligible', async () => {
  const [demo] = demoPolicies()
  let accepted = 0
  let refused = 0
  await fc.assert(
    fc.asyncProperty(policies, answers, async ({ enrolledFrom, studyingOnApplication, ...rules }, a) => {
      const policy = makePolicy('open', { ...rules, selfCheck: { ...selfCheckOf(demo), enrolledFrom, studyingOnApplication } })
      await setPolicy(cb, policy)
      const verdict = checkEligibility(policy, a, new Date())
      const worker = makeOpenid('check')
      const prefill = prefillOf(a)
      const personal = makePersonal()
      const form = {
        personal,
        work: makeWork({ street: a.street as (typeof STREETS)[number] }),
        education: makeEducation(prefill.education as Parameters<typeof makeEducation>[0]),
        bank: makeBank(personal.name),
        materials: await uploadMaterials(cb, worker)
      }
      let refusal: { code: string; message: string } | null = null
      for (const [section, value] of Object.entries(form)) {
        const saved = await callDreamPlan(cb, 'saveDraft', { section, data: value } as never, worker)
        if (!saved.body.ok) {
          refusal = saved.body.error
          break
        }
      }
      if (!refusal) {
        const res = await callDreamPlan(cb, 'submit', { idempotencyKey: newKey() }, worker)
        if (!res.body.ok) refusal = res.body.error
      }
      const mine = (await documents(cb, 'applications')).filter((d) => d.openid === worker)
      if (verdict.eligible) {
        accepted++
        expect(refusal).toBeNull()
        expect(mine).toHaveLength(1)
      } else {
        refused++
        expect(refusal).not.toBeNull()
        expect(refusal!.code).toBe('INVALID_INPUT')
        // The refusal names one of the check's own rules, in the same words.
        expect(verdict.failures.some((f) => refusal!.message.includes(f.message))).toBe(true)
        expect(mine).toHaveLength(0)
      }
    }),
    {
      numRuns: 16,
      // Always at least one of each: a worker who qualifies, and one whose mode the year does not pay.
      examples: [
        [{ levels: ['大专', '本科'], studyModes: ['开放教育'], enrolledFrom: undefined, studyingOnApplication: true }, { ...QUALIFIES, studyMode: '开放教育' }],
        [{ levels: ['大专', '本科'], studyModes: ['自学考试'], enrolledFrom: undefined, studyingOnApplication: true }, { ...QUALIFIES, studyMode: '开放教育' }]
      ]
    }
  )
  expect(accepted).toBeGreaterThanOrEqual(1)
  expect(refused).toBeGreaterThanOrEqual(1)
}, 240_000)

test('the demo policy: enrolled before its first intake is refused by submit with the check\'s words', async () => {
  const [demo] = demoPolicies()
  const policy = makePolicy('open', { selfCheck: demo.selfCheck })
  await setPolicy(cb, policy)
  const worker = makeOpenid('early')
  const personal = makePersonal()
  const education = makeEducation({ enrolledOn: '2022-09-01', expectedGraduation: '2030-07-01' })
  const answers: EligibilityAnswers = { street: '福田', employerHasUnion: 'yes', member: 'yes', level: education.level, studyMode: education.studyMode, previous: 'never', enrolledOn: education.enrolledOn, expectedGraduation: education.expectedGraduation }
  const verdict = checkEligibility(policy, answers, new Date())
  expect(verdict).toMatchObject({ eligible: false, failures: [{ rule: 'enrolledFrom', message: '2026年度只资助2023年9月1日及以后入学的学历教育' }] })
  for (const [section, value] of Object.entries({ personal, work: makeWork({ street: '福田' }), education, bank: makeBank(personal.name), materials: await uploadMaterials(cb, worker) })) {
    expect((await callDreamPlan(cb, 'saveDraft', { section, data: value } as never, worker)).body.ok).toBe(true)
  }
  const res = await callDreamPlan(cb, 'submit', { idempotencyKey: newKey() }, worker)
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '提交的内容有误：2026年度只资助2023年9月1日及以后入学的学历教育', fields: { 'education.enrolledOn': '2026年度只资助2023年9月1日及以后入学的学历教育' } } })
})
