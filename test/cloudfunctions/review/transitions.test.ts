// Every decision from every state by every role, as a table: an allowed one moves the status (and
// stage), increments the version and appends exactly one history entry naming the member of staff
// and one pending notice, all in the same update; a forbidden one is 409 WRONG_STATE (403 for a role
// that never decides) and changes nothing. Also: a stale version is CONFLICT with the words the
// reviewer reads; return and reject need a reason; a resubmit goes back to the level that returned it.
import type { ApplicationStatus, ReviewStage } from '../../../contracts/dream-plan/application'
import type { ApplicationDoc } from '../../../contracts/dream-plan/documents'
import type { Decision } from '../../../contracts/dream-plan/review'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { callDreamPlan, data, makePolicy, newKey } from '../dream-plan/dream-plan-kit'
import { applyIn, callReview, codeOf, CONFLICT_MESSAGE, decideNow, makeCrew, messageOf, reach, stored, STREET, type Crew, type StateKey } from './review-kit'

let crew: Crew
const cb = suiteCloudbase({ reset: 'once', policy: () => makePolicy('open'), seed: async (cb) => {
  crew = await makeCrew(cb)
} })

type Role = 'street' | 'district' | 'finance' | 'admin'
const ROLE_KEY = { street: 'street_reviewer', district: 'district_reviewer', finance: 'finance', admin: 'admin' } as const
/** Where a decision leads (`status` or `status:stage`), or the refusal's HTTP status. */
type Outcome = `${ApplicationStatus}` | `${ApplicationStatus}:${ReviewStage}` | 409 | 403

// prettier-ignore
const TABLE: [from: StateKey, decision: Decision, street: Outcome, district: Outcome][] = [
  // from                  decision   street reviewer         district reviewer
  ['submitted',            'accept',  'in_review:street',     409],
  ['submitted',            'pass',    'in_review:district',   409],
  ['submitted',            'return',  'returned:street',      409],
  ['submitted',            'reject',  'rejected',             409],
  ['in_review:street',     'accept',  409,                    409],
  ['in_review:street',     'pass',    'in_review:district',   409],
  ['in_review:street',     'return',  'returned:street',      409],
  ['in_review:street',     'reject',  'rejected',             409],
  ['in_review:district',   'accept',  409,                    409],
  ['in_review:district',   'pass',    409,                    'approved'],
  ['in_review:district',   'return',  409,                    'returned:district'],
  ['in_review:district',   'reject',  409,                    'rejected'],
  ['approved',             'accept',  409,                    409],
  ['approved',             'pass',    409,                    409],
  ['approved',             'return',  409,                    409],
  ['approved',             'reject',  409,                    409],
  ['published',            'pass',    409,                    409],
  ['published',            'reject',  409,                    409],
  ['paid',                 'accept',  409,                    409],
  ['paid',                 'pass',    409,                    409],
  ['paid',                 'return',  409,                    409],
  ['paid',                 'reject',  409,                    409],
  ['returned:street',      'accept',  409,                    409],
  ['returned:street',      'pass',    409,                    409],
  ['returned:street',      'return',  409,                    409],
  ['returned:street',      'reject',  409,                    409],
  ['returned:district',    'accept',  409,                    409],
  ['returned:district',    'pass',    409,                    409],
  ['returned:district',    'return',  409,                    409],
  ['returned:district',    'reject',  409,                    409],
  ['rejected',             'accept',  409,                    409],
  ['rejected',             'pass',    409,                    409],
  ['rejected',             'return',  409,                    409],
  ['rejected',             'reject',  409,                    409],
  ['withdrawn',            'accept',  409,                    409],
  ['withdrawn',            'pass',    409,                    409],
  ['withdrawn',            'return',  409,                    409],
  ['withdrawn',            'reject',  409,                    409]
]

// Finance and admin never decide, whatever the state.
const NON_DECIDERS: [StateKey, Decision, Role, Outcome][] = (['submitted', 'in_review:street', 'in_review:district'] as StateKey[]).flatMap((from) =>
  (['accept', 'pass', 'return', 'reject'] as Decision[]).flatMap((decision) => (['finance', 'admin'] as Role[]).map((role) => [from, decision, role, 403] as [StateKey, Decision, Role, Outcome]))
)

const CASES: [StateKey, Decision, Role, Outcome][] = [
  ...TABLE.flatMap(([from, decision, street, district]) => [
    [from, decision, 'street', street] as [StateKey, Decision, Role, Outcome],
    [from, decision, 'district', district] as [StateKey, Decision, Role, Outcome]
  ]),
  ...NON_DECIDERS
]

const reasonFor = (decision: Decision) => (decision === 'return' ? '入学证明不清晰，请重新上传' : decision === 'reject' ? '非福田区在职职工' : undefined)

test.each(CASES)('%s, %s by %s → %s', async (from, decision, role, outcome) => {
  const app = await applyIn(cb, STREET)
  await reach(cb, crew, app, from)
  const before = await stored(cb, app.id)
  const who = crew[role]
  const reason = reasonFor(decision)
  const res = await callReview(cb, 'decide', { id: app.id, version: before.version, decision, ...(reason ? { reason } : {}) }, who)
  const after = await stored(cb, app.id)

  if (typeof outcome === 'number') {
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: outcome, code: outcome === 403 ? 'FORBIDDEN' : 'WRONG_STATE' })
    expect(after).toEqual(before)
    return
  }
  const [to, stage] = outcome.split(':') as [ApplicationStatus, ReviewStage | undefined]
  expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 200, code: 'ok' })
  // The stored application: one change, recorded whole.
  expect(after.status).toBe(to)
  if (stage) expect(after.stage).toBe(stage)
  expect(after.version).toBe(before.version + 1)
  expect(after.history).toHaveLength(before.history.length + 1)
  expect(after.history.slice(0, -1)).toEqual(before.history)
  const entry = after.history[after.history.length - 1]
  expect(entry).toMatchObject({ from: before.status, to, by: { role: ROLE_KEY[role], staffId: who } })
  if (stage) expect(entry.stage).toBe(stage)
  if (reason) expect(entry.reason).toBe(reason)
  expect(Date.parse(entry.at)).not.toBeNaN()
  const notices = after.notices ?? []
  expect(notices).toHaveLength((before.notices ?? []).length + 1)
  expect(notices.slice(0, -1)).toEqual(before.notices ?? [])
  expect(notices[notices.length - 1]).toMatchObject({ id: `${app.id}:${after.history.length - 1}`, status: to, state: 'pending', attempts: 0 })
  expect(after.noticesPending).toBe((before.noticesPending ?? 0) + 1)
  // What the reviewer gets back: the new state, with the history naming staff.
  const detail = data(res)
  expect(detail).toMatchObject({ id: app.id, status: to, version: after.version })
  if (stage) expect(detail.stage).toBe(stage)
  expect(detail.history).toHaveLength(after.history.length)
  expect(detail.history[detail.history.length - 1]).toMatchObject({ from: before.status, to, by: { kind: 'staff', role: ROLE_KEY[role], staffId: who } })
  expect(detail.history[0].by).toEqual({ kind: 'applicant' })
})

test('a stale version is CONFLICT, in the words the reviewer reads, and changes nothing', async () => {
  const app = await applyIn(cb, STREET)
  await reach(cb, crew, app, 'in_review:street')
  const before = await stored(cb, app.id)
  for (const version of [before.version - 1, before.version + 1]) {
    const res = await callReview(cb, 'decide', { id: app.id, version, decision: 'pass' }, crew.street)
    expect({ status: res.status, code: codeOf(res), message: messageOf(res) }).toEqual({ status: 409, code: 'CONFLICT', message: CONFLICT_MESSAGE })
  }
  expect(await stored(cb, app.id)).toEqual(before)
})

test.each(['return', 'reject'] as const)('%s without a reason is INVALID_INPUT and changes nothing', async (decision) => {
  const app = await applyIn(cb, STREET)
  const before = await stored(cb, app.id)
  for (const input of [{}, { reason: '' }, { reason: '   ' }]) {
    const res = await callReview(cb, 'decide', { id: app.id, version: before.version, decision, ...input }, crew.street)
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'INVALID_INPUT' })
  }
  expect(await stored(cb, app.id)).toEqual(before)
})

test('decide answers with what the caller may decide next', async () => {
  const app = await applyIn(cb, STREET)
  const sorted = (xs: string[]) => [...xs].sort()
  const submitted = data(await callReview(cb, 'get', { id: app.id }, crew.street))
  expect(sorted(submitted.decisions)).toEqual(sorted(['accept', 'pass', 'return', 'reject']))
  const accepted = data(await decideNow(cb, crew.street, app.id, 'accept'))
  expect(sorted(accepted.decisions)).toEqual(sorted(['pass', 'return', 'reject']))
  const passed = data(await decideNow(cb, crew.street, app.id, 'pass'))
  expect(passed.decisions).toEqual([])
  expect(sorted(data(await callReview(cb, 'get', { id: app.id }, crew.district)).decisions)).toEqual(sorted(['pass', 'return', 'reject']))
  expect(data(await callReview(cb, 'get', { id: app.id }, crew.finance)).decisions).toEqual([])
})

/** The worker amends nothing and resubmits. */
const resubmit = (id: string, openid: string) => callDreamPlan(cb, 'resubmit', { id, idempotencyKey: newKey() }, openid)

test.each([
  ['returned:street', 'street'],
  ['returned:district', 'district']
] as const)('a resubmit after %s goes back to 审核中 at the %s level, with its history entry and notice', async (from, level) => {
  const app = await applyIn(cb, STREET)
  await reach(cb, crew, app, from)
  const before = await stored(cb, app.id)
  const res = await resubmit(app.id, app.openid)
  expect(res.status).toBe(200)
  const after = await stored(cb, app.id)
  expect(after).toMatchObject({ status: 'in_review', stage: level, version: before.version + 1, noticesPending: (before.noticesPending ?? 0) + 1 })
  expect(after.history).toHaveLength(before.history.length + 1)
  expect(after.history[after.history.length - 1]).toMatchObject({ from: 'returned', to: 'in_review', by: 'applicant' })
  expect(after.notices).toHaveLength((before.notices ?? []).length + 1)
  expect(after.notices![after.notices!.length - 1]).toMatchObject({ status: 'in_review', state: 'pending', attempts: 0 })
  // Only that level decides it now.
  const wrong = level === 'street' ? crew.district : crew.street
  const right = level === 'street' ? crew.street : crew.district
  expect(codeOf(await decideNow(cb, wrong, app.id, 'pass'))).toBe('WRONG_STATE')
  const passed = data(await decideNow(cb, right, app.id, 'pass'))
  expect(passed.status).toBe(level === 'street' ? 'in_review' : 'approved')
  // The owner's timeline names no one.
  const mine = data(await callDreamPlan(cb, 'getMine', { id: app.id }, app.openid))
  const text = JSON.stringify(mine)
  for (const staff of [crew.street, crew.district]) expect(text).not.toContain(staff)
})

test('the reviewer of another street is refused (403) at every state and changes nothing', async () => {
  for (const from of ['submitted', 'in_review:street', 'in_review:district'] as StateKey[]) {
    const app = await applyIn(cb, STREET)
    await reach(cb, crew, app, from)
    const before: ApplicationDoc = await stored(cb, app.id)
    const res = await callReview(cb, 'decide', { id: app.id, version: before.version, decision: 'pass' }, crew.otherStreet)
    expect({ from, status: res.status, code: codeOf(res) }).toEqual({ from, status: 403, code: 'FORBIDDEN' })
    expect(await stored(cb, app.id)).toEqual(before)
  }
})
