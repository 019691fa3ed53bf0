// The policy schema (what staff may store as a year's 圆梦计划) and the demo policy the seed writes;
// the action inputs' stricter edges (ids, reasons, template ids).
// contracts/zod.ts imports zod's zh-CN locale by its ESM file (as the bundlers want); jest runs CommonJS.
jest.mock('zod/v4/locales/zh-CN.js', () => jest.requireActual('zod/v4/locales/zh-CN.cjs'))

import { getMineInput, recordSubscriptionInput, resubmitInput, withdrawInput } from '../../contracts/dream-plan/actions'
import { policySchema } from '../../contracts/dream-plan/schemas'
import { demoPolicies } from '../../database/seed/dream-plan/seed-dream-plan'
import policy2026 from '../../database/seed/dream-plan/policy-2026.json'

test('the demo policy is valid, marked sample, and says what the issue asks of it', () => {
  const [policy] = demoPolicies()
  expect(policySchema.safeParse(policy).success).toBe(true)
  expect(policy).toMatchObject({ _id: '2026', year: 2026, amount: 2500, levels: ['大专', '本科'], oncePerPerson: true, publicityDays: 5, sample: true })
  expect(policy.studyModes).toHaveLength(5)
  expect(policy.documents.map((d) => d.kind)).toEqual(['enrolmentProof', 'tuitionReceipt'])
  expect(policy.timeline).toHaveLength(5)
  expect(policy.privacy.recipients).toContain('福田区总工会')
  expect(policy.privacy.recipients).toContain('街道总工会')
  expect(policy.privacy.retention).toContain('示例')
  // Open through the demo period: 1 September 2026 to 30 June 2027, Shenzhen time.
  expect(Date.parse(policy.opensAt)).toBe(Date.parse('2026-08-31T16:00:00Z'))
  expect(Date.parse(policy.closesAt)).toBe(Date.parse('2027-06-30T16:00:00Z'))
})

test.each([
  ['_id not the year', { _id: '2027' }],
  ['closes before it opens', { closesAt: '2026-08-01T00:00:00+08:00' }],
  ['a date without a zone', { opensAt: '2026-09-01 00:00' }],
  ['an unknown level', { levels: ['硕士'] }],
  ['no study mode', { studyModes: [] }],
  ['an amount in text', { amount: '2500元' }],
  ['an unknown document kind', { documents: [{ kind: 'idCard', name: '身份证', description: '复印件' }] }],
  ['an unknown field', { extra: true }]
])('a policy with %s is refused', (_label, change) => {
  expect(policySchema.safeParse({ ...policy2026, ...change }).success).toBe(false)
})

test('ids are short and plain; reasons refuse markup; template ids are WeChat-shaped', () => {
  expect(getMineInput.safeParse({ id: 'a1B2-c_3' }).success).toBe(true)
  for (const id of ['', ' ', 'x'.repeat(65), 'a/b', 'a.b', { $ne: '' }]) expect(getMineInput.safeParse({ id }).success).toBe(false)
  expect(withdrawInput.safeParse({ id: 'abc', reason: '单位不同意' }).success).toBe(true)
  expect(withdrawInput.safeParse({ id: 'abc', reason: '<script>alert(1)</script>' }).success).toBe(false)
  expect(resubmitInput.safeParse({ id: 'abc', idempotencyKey: 'short' }).success).toBe(false)
  expect(recordSubscriptionInput.safeParse({ templateIds: ['Ab-9_x'] }).success).toBe(true)
  for (const t of ['a.b', 'a$b', '', 'x'.repeat(65)]) expect(recordSubscriptionInput.safeParse({ templateIds: [t] }).success).toBe(false)
  expect(recordSubscriptionInput.safeParse({ templateIds: Array(6).fill('t') }).success).toBe(false)
})
