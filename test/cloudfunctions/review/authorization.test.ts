// Who may do what on the staff side: every action of dreamPlanReview and staff × every kind of
// caller, as one literal table of HTTP statuses. Each cell starts from a fresh application in the
// state the action needs, so an allowed call succeeds (200) and a refused one (401/403, or 409 for
// the right role at the wrong level) changes nothing: not the application, the audit log, the staff
// records or the articles.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { makeOpenid, makePolicy, YEAR } from '../dream-plan/dream-plan-kit'
import { applyIn, auditLog, callReview, callStaff, codeOf, decideNow, makeCrew, messageOf, newBatchNo, putStaff, reach, stored, STREET, type Crew, type StateKey, type Submitted } from './review-kit'

let crew: Crew
const cb = suiteCloudbase({ reset: 'once', policy: () => makePolicy('open'), seed: async (cb) => {
  crew = await makeCrew(cb)
} })

/** What a cell starts from: the application (when the row needs one), its version, a member of staff to revoke. */
interface World {
  app: Submitted
  version: number
  target: string
}

const CALLERS = ['anonymous', 'worker', 'otherStreet', 'street', 'district', 'finance', 'admin'] as const
type Caller = (typeof CALLERS)[number]
const openidOf = (who: Caller): string | undefined => (who === 'anonymous' ? undefined : crew[who])

type Row = [label: string, fn: 'dreamPlanReview' | 'staff', action: string, setup: StateKey | null, input: (w: World) => Record<string, unknown>, ...expected: number[]]

// The application of each row is in STREET: `otherStreet` reviews another street, `street` this one.
// prettier-ignore
const MATRIX: Row[] = [
  //  label                        function           action     application in        input                                                                                   anon worker other street district finance admin
  ['queue',                       'dreamPlanReview', 'queue',   'submitted',          () => ({}),                                                                              401, 403, 200, 200, 200, 200, 403],
  ['queue of STREET',             'dreamPlanReview', 'queue',   'submitted',          () => ({ filter: { street: STREET } }),                                                  401, 403, 403, 200, 200, 200, 403],
  ['get',                         'dreamPlanReview', 'get',     'submitted',          (w) => ({ id: w.app.id }),                                                               401, 403, 403, 200, 200, 200, 403],
  ['reveal idNumber',             'dreamPlanReview', 'reveal',  'in_review:street',   (w) => ({ id: w.app.id, field: 'idNumber', reason: '核对申请人身份信息' }),                 401, 403, 403, 200, 200, 200, 403],
  ['reveal mobile',               'dreamPlanReview', 'reveal',  'in_review:street',   (w) => ({ id: w.app.id, field: 'mobile', reason: '电话联系申请人核实' }),                   401, 403, 403, 200, 200, 200, 403],
  ['reveal cardNumber',           'dreamPlanReview', 'reveal',  'in_review:district', (w) => ({ id: w.app.id, field: 'cardNumber', reason: '核对收款账户信息' }),                 401, 403, 403, 403, 403, 200, 403],
  ['decide (street level)',       'dreamPlanReview', 'decide',  'submitted',          (w) => ({ id: w.app.id, version: w.version, decision: 'pass' }),                         401, 403, 403, 200, 409, 403, 403],
  ['decide (district level)',     'dreamPlanReview', 'decide',  'in_review:district', (w) => ({ id: w.app.id, version: w.version, decision: 'pass' }),                         401, 403, 403, 409, 200, 403, 403],
  ['publish',                     'dreamPlanReview', 'publish', 'approved',           (w) => ({ ids: [w.app.id] }),                                                            401, 403, 403, 403, 200, 403, 403],
  ['pay',                         'dreamPlanReview', 'pay',     'publicityOver',      (w) => ({ ids: [w.app.id], batchNo: newBatchNo(), paidAt: '2026-06-30' }),               401, 403, 403, 403, 403, 200, 403],
  ['export',                      'dreamPlanReview', 'export',  'submitted',          () => ({ filter: {} }),                                                                  401, 403, 200, 200, 200, 200, 403],
  ['export of STREET',            'dreamPlanReview', 'export',  'submitted',          () => ({ filter: { street: STREET } }),                                                  401, 403, 403, 200, 200, 200, 403],
  ['stats',                       'dreamPlanReview', 'stats',   'submitted',          () => ({ year: YEAR }),                                                                  401, 403, 200, 200, 200, 200, 200],
  ['staff.me',                    'staff',           'me',      null,                 () => ({}),                                                                              401, 200, 200, 200, 200, 200, 200],
  ['staff.list',                  'staff',           'list',    null,                 () => ({}),                                                                              401, 403, 403, 403, 403, 403, 200],
  ['staff.grant',                 'staff',           'grant',   null,                 () => ({ openid: makeOpenid('granted'), role: 'finance', name: '区总工会财务 新同事' }),   401, 403, 403, 403, 403, 403, 200],
  ['staff.revoke',                'staff',           'revoke',  null,                 (w) => ({ openid: w.target, role: 'finance' }),                                          401, 403, 403, 403, 403, 403, 200]
]

const cases = MATRIX.flatMap(([label, fn, action, setup, input, ...expected]) =>
  CALLERS.map((who, i) => ({ label, fn, action, setup, input, who, expected: expected[i] }))
)

test('the table covers every action of both functions and every kind of caller', () => {
  const actions = new Set(MATRIX.map((r) => `${r[1]}.${r[2]}`))
  for (const a of ['queue', 'get', 'reveal', 'decide', 'publish', 'pay', 'export', 'stats']) expect(actions).toContain(`dreamPlanReview.${a}`)
  for (const a of ['me', 'grant', 'revoke', 'list']) expect(actions).toContain(`staff.${a}`)
  for (const row of MATRIX) expect(row.length - 5).toBe(CALLERS.length)
})

/** Everything a refused call must leave as it was. */
async function picture(w: World): Promise<string> {
  const db = cb.sdk.database()
  const [app, audit, staff, articles] = await Promise.all([
    w.app ? stored(cb, w.app.id) : null,
    auditLog(cb),
    db.collection('staff').limit(1000).get(),
    db.collection('articles').count()
  ])
  const staffDocs = [...staff.data].sort((a: { _id: string }, b: { _id: string }) => a._id.localeCompare(b._id))
  return JSON.stringify({ app, audit, staffDocs, articles: articles.total })
}

test.each(cases)('$label as $who → $expected', async ({ fn, action, setup, input, who, expected }) => {
  let app = undefined as unknown as Submitted
  let version = 0
  if (setup) {
    app = await applyIn(cb, STREET)
    await reach(cb, crew, app, setup)
    version = (await stored(cb, app.id)).version
  }
  const target = await putStaff(cb, makeOpenid('to-revoke'), ['finance'])
  const world: World = { app, version, target }
  const before = await picture(world)
  const res = await cb.call(fn, { action, ...input(world) }, openidOf(who))
  expect({ status: res.status, code: codeOf(res) }).toEqual({
    status: expected,
    code: { 200: 'ok', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 409: 'WRONG_STATE' }[expected]
  })
  if (expected === 403) expect(messageOf(res)).toMatch(/[\u4e00-\u9fa5]/)
  if (expected !== 200) expect(await picture(world)).toBe(before)
})

test('staff.me tells a worker they are not staff, and staff their roles and streets', async () => {
  const worker = await callStaff(cb, 'me', {}, crew.worker)
  expect(worker.status).toBe(200)
  expect(worker.body).toMatchObject({ ok: true, data: { openid: crew.worker, isStaff: false, roles: [], streets: [] } })
  const street = await callStaff(cb, 'me', {}, crew.street2)
  expect(street.body).toMatchObject({ ok: true, data: { openid: crew.street2, isStaff: true, roles: ['street_reviewer'], streets: [STREET, '莲花'] } })
})

test('an unknown application is 404 APPLICATION_NOT_FOUND for a district reviewer', async () => {
  for (const [action, input] of [
    ['get', { id: 'no-such-application' }],
    ['reveal', { id: 'no-such-application', field: 'idNumber', reason: '核对申请人身份' }],
    ['decide', { id: 'no-such-application', version: 1, decision: 'accept' }]
  ] as const) {
    const res = await callReview(cb, action, input, crew.district)
    expect({ action, status: res.status, code: codeOf(res) }).toEqual({ action, status: 404, code: 'APPLICATION_NOT_FOUND' })
  }
})

test('one person with several roles may do what each role allows, and no more', async () => {
  const both = await putStaff(cb, makeOpenid('street-finance'), ['street_reviewer', 'finance'], [STREET])
  const app = await applyIn(cb, STREET)
  // As a street reviewer: decides at the street level; as finance: reveals the card number.
  expect((await callReview(cb, 'reveal', { id: app.id, field: 'cardNumber', reason: '核对收款账户信息' }, both)).status).toBe(200)
  expect((await callReview(cb, 'decide', { id: app.id, version: 1, decision: 'pass' }, both)).status).toBe(200)
  // Neither role publishes nor decides at the district level.
  expect((await callReview(cb, 'decide', { id: app.id, version: 2, decision: 'pass' }, both)).status).toBe(409)
  expect((await decideNow(cb, crew.district, app.id, 'pass')).status).toBe(200)
  const res = await callReview(cb, 'publish', { ids: [app.id] }, both)
  expect(res.status).toBe(403)
})

test('a revoked role stops working at the next call', async () => {
  const who = await putStaff(cb, makeOpenid('soon-gone'), ['district_reviewer'])
  expect((await callReview(cb, 'queue', {}, who)).status).toBe(200)
  expect((await callStaff(cb, 'revoke', { openid: who, role: 'district_reviewer' }, crew.admin)).status).toBe(200)
  expect((await callReview(cb, 'queue', {}, who)).status).toBe(403)
})
