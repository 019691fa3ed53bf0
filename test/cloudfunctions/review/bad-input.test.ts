// Bad input at every staff-side action: a Chinese 400 with the field named, never a 500, and
// nothing stored changes (applications, staff, audit log, articles, pay batches).
import { makePolicy, setPolicy } from '../dream-plan/dream-plan-kit'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { applyIn, makeCrew, putStaff, type Crew } from './review-kit'

let cb: TestCloudbase
let crew: Crew
let everything: string
let appId: string
beforeAll(async () => {
  cb = await startTestCloudbase()
  await setPolicy(cb, makePolicy('open'))
  crew = await makeCrew(cb)
  // Every role at once, so a refusal can only be about the input.
  everything = await putStaff(cb, 'all-roles', ['street_reviewer', 'district_reviewer', 'finance', 'admin'], ['福田'])
  appId = (await applyIn(cb)).id
}, 60_000)
afterAll(() => cb.stop())

const COLLECTIONS = ['dreamPlanApplications', 'staff', 'auditLog', 'articles', 'dreamPlanPayBatches', 'dreamPlanExports']
async function picture(): Promise<string> {
  const parts = await Promise.all(COLLECTIONS.map(async (c) => JSON.stringify((await cb.sdk.database().collection(c).limit(1000).get()).data)))
  return parts.join('\n')
}

const long = (n: number) => '字'.repeat(n)
/** [function, event, the field the message is about] */
const CASES: [string, Record<string, unknown>, string][] = [
  ['dreamPlanReview', { action: 'queue', filter: { status: ['approvedd'] } }, 'filter.status.0'],
  ['dreamPlanReview', { action: 'queue', filter: { status: [] } }, 'filter.status'],
  ['dreamPlanReview', { action: 'queue', filter: { street: '罗湖' } }, 'filter.street'],
  ['dreamPlanReview', { action: 'queue', filter: { level: '硕士' } }, 'filter.level'],
  ['dreamPlanReview', { action: 'queue', filter: { submittedFrom: '2026/03/01' } }, 'filter.submittedFrom'],
  ['dreamPlanReview', { action: 'queue', filter: { submittedTo: '2026-02-30x' } }, 'filter.submittedTo'],
  ['dreamPlanReview', { action: 'queue', filter: { q: '<script>' } }, 'filter.q'],
  ['dreamPlanReview', { action: 'queue', filter: { year: '2026' } }, 'filter.year'],
  ['dreamPlanReview', { action: 'queue', filter: { openid: 'x' } }, 'filter'],
  ['dreamPlanReview', { action: 'queue', limit: 1000 }, 'limit'],
  ['dreamPlanReview', { action: 'queue', cursor: 'x'.repeat(300) }, 'cursor'],
  ['dreamPlanReview', { action: 'get', id: '../../etc' }, 'id'],
  ['dreamPlanReview', { action: 'get' }, 'id'],
  ['dreamPlanReview', { action: 'reveal', id: 'abc', field: 'password', reason: '核对身份信息' }, 'field'],
  ['dreamPlanReview', { action: 'reveal', id: 'abc', field: 'idNumber', reason: '看' }, 'reason'],
  ['dreamPlanReview', { action: 'reveal', id: 'abc', field: 'idNumber' }, 'reason'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: '1', decision: 'pass' }, 'version'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 0, decision: 'pass' }, 'version'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 1, decision: 'approve' }, 'decision'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 1, decision: 'reject' }, 'reason'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 1, decision: 'return', reason: long(201) }, 'reason'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 1, decision: 'return', reason: '<b>材料</b>' }, 'reason'],
  ['dreamPlanReview', { action: 'decide', id: 'abc', version: 1, decision: 'pass', status: 'approved' }, '_'],
  ['dreamPlanReview', { action: 'publish', ids: [] }, 'ids'],
  ['dreamPlanReview', { action: 'publish', ids: ['a', 'a'] }, 'ids'],
  ['dreamPlanReview', { action: 'publish', ids: 'abc' }, 'ids'],
  ['dreamPlanReview', { action: 'pay', ids: ['abc'], batchNo: '批次一', paidAt: '2026-12-01' }, 'batchNo'],
  ['dreamPlanReview', { action: 'pay', ids: ['abc'], batchNo: 'B-001', paidAt: '2026-13-01' }, 'paidAt'],
  ['dreamPlanReview', { action: 'pay', ids: ['abc'], batchNo: 'B-001' }, 'paidAt'],
  ['dreamPlanReview', { action: 'export', filter: { stage: 'city' } }, 'filter.stage'],
  ['dreamPlanReview', { action: 'stats', year: 1999 }, 'year'],
  ['dreamPlanReview', { action: 'stats' }, 'year'],
  ['staff', { action: 'grant', openid: 'someone', role: 'boss' }, 'role'],
  ['staff', { action: 'grant', openid: 'some one', role: 'finance' }, 'openid'],
  ['staff', { action: 'grant', openid: 'someone', role: 'street_reviewer' }, 'streets'],
  ['staff', { action: 'grant', openid: 'someone', role: 'street_reviewer', streets: ['福田', '福田'] }, 'streets'],
  ['staff', { action: 'grant', openid: 'someone', role: 'finance', name: '<img>' }, 'name'],
  ['staff', { action: 'revoke', openid: 'someone' }, 'role'],
  ['staff', { action: 'me', openid: 'someone-else' }, '_']
]

test.each(CASES)('%s %j is a Chinese 400 about %s, and nothing changes', async (fn, event, field) => {
  const before = await picture()
  const res = await cb.call(fn, event, everything)
  expect(res.status).toBe(400)
  if (res.body.ok) throw new Error('expected a refusal')
  expect(res.body.error.code).toBe('INVALID_INPUT')
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(Object.keys(res.body.error.fields ?? {})).toContain(field)
  expect(await picture()).toBe(before)
})

test('a body that is not an object, and an unknown action, are refused without a 500', async () => {
  expect((await cb.call('dreamPlanReview', '[1,2]', everything)).status).toBe(400)
  expect((await cb.call('dreamPlanReview', { action: 'approveAll' }, everything)).status).toBe(404)
  expect((await cb.call('staff', { action: 'deleteAll' }, crew.admin)).status).toBe(404)
  // The application is still there, untouched.
  const res = await cb.call('dreamPlanReview', { action: 'get', id: appId }, everything)
  expect(res.status).toBe(200)
})
