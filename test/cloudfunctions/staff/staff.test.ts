// The `staff` function: `me` for anyone signed in, `grant` / `revoke` / `list` for admins only;
// a street reviewer needs at least one street; the last admin cannot revoke their own admin role;
// grants and revocations are recorded in the audit log. (The full matrix of callers is in
// test/cloudfunctions/review/authorization.test.ts.)
import { STAFF_COLLECTIONS, type StaffDoc } from '../../../contracts/staff/roles'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data, makeOpenid } from '../dream-plan/dream-plan-kit'
import { auditLog, callStaff, codeOf, putStaff } from '../review/review-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

async function staffDocs(): Promise<StaffDoc[]> {
  const { data: docs } = await cb.sdk.database().collection(STAFF_COLLECTIONS.staff).limit(1000).get()
  return ([...docs] as StaffDoc[]).sort((a, b) => a._id.localeCompare(b._id))
}

test('me: anonymous 401, a worker is not staff, staff see their roles and streets', async () => {
  const anon = await callStaff(cb, 'me', {})
  expect({ status: anon.status, code: codeOf(anon) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' })
  const worker = makeOpenid('worker')
  expect(data(await callStaff(cb, 'me', {}, worker))).toEqual({ openid: worker, isStaff: false, roles: [], streets: [] })
  const who = await putStaff(cb, makeOpenid('street'), ['street_reviewer', 'finance'], ['福田', '莲花'], '福田街道总工会 李工')
  expect(data(await callStaff(cb, 'me', {}, who))).toMatchObject({ openid: who, isStaff: true, name: '福田街道总工会 李工', roles: ['street_reviewer', 'finance'], streets: ['福田', '莲花'] })
})

test('grant adds a role (streets replaced), list shows it, revoke takes it away; each recorded', async () => {
  const admin = await putStaff(cb, makeOpenid('admin'), ['admin'])
  const person = makeOpenid('new')
  const granted = data(await callStaff(cb, 'grant', { openid: person, role: 'street_reviewer', streets: ['园岭'], name: '园岭街道总工会 周工' }, admin))
  expect(granted).toMatchObject({ openid: person, name: '园岭街道总工会 周工', roles: ['street_reviewer'], streets: ['园岭'] })
  expect(data(await callStaff(cb, 'me', {}, person))).toMatchObject({ isStaff: true, roles: ['street_reviewer'], streets: ['园岭'] })

  const again = data(await callStaff(cb, 'grant', { openid: person, role: 'street_reviewer', streets: ['南园', '沙头'] }, admin))
  expect(again.streets).toEqual(['南园', '沙头'])
  const both = data(await callStaff(cb, 'grant', { openid: person, role: 'finance' }, admin))
  expect([...both.roles].sort()).toEqual(['finance', 'street_reviewer'])

  const list = data(await callStaff(cb, 'list', {}, admin))
  expect(list.items.find((m) => m.openid === person)).toMatchObject({ roles: expect.arrayContaining(['finance', 'street_reviewer']), streets: ['南园', '沙头'] })
  expect(list.items.map((m) => m.openid)).toContain(admin)

  const revoked = data(await callStaff(cb, 'revoke', { openid: person, role: 'street_reviewer' }, admin))
  expect(revoked).toMatchObject({ openid: person, roles: ['finance'] })
  expect(data(await callStaff(cb, 'me', {}, person)).roles).toEqual(['finance'])

  const audit = (await auditLog(cb)).filter((d) => d.target === person)
  expect(audit.map((d) => d.action).sort()).toEqual(['grant', 'grant', 'grant', 'revoke'])
  for (const d of audit) expect(d.actor).toMatchObject({ openid: admin, roles: ['admin'] })
  // The stored record's version moved with each change.
  const doc = (await staffDocs()).find((d) => d._id === person)!
  expect(doc).toMatchObject({ roles: ['finance'], updatedBy: admin })
  expect(doc.version).toBeGreaterThanOrEqual(4)
})

test('grant refuses bad input with INVALID_INPUT and changes nothing', async () => {
  const admin = await putStaff(cb, makeOpenid('admin'), ['admin'])
  const before = JSON.stringify(await staffDocs())
  for (const input of [
    { openid: makeOpenid('x'), role: 'street_reviewer' },
    { openid: makeOpenid('x'), role: 'street_reviewer', streets: [] },
    { openid: makeOpenid('x'), role: 'street_reviewer', streets: ['不存在街道'] },
    { openid: makeOpenid('x'), role: 'street_reviewer', streets: ['福田', '福田'] },
    { openid: makeOpenid('x'), role: 'boss' },
    { openid: 'bad openid!', role: 'finance' },
    { openid: makeOpenid('x'), role: 'finance', name: '<script>' },
    { openid: makeOpenid('x'), role: 'finance', extra: 1 }
  ]) {
    const res = await callStaff(cb, 'grant', input, admin)
    expect({ input, status: res.status, code: codeOf(res) }).toEqual({ input, status: 400, code: 'INVALID_INPUT' })
  }
  expect(JSON.stringify(await staffDocs())).toBe(before)
})

test('the last admin cannot revoke their own admin role (CONFLICT); with another admin they can', async () => {
  const admin = await putStaff(cb, makeOpenid('admin'), ['admin', 'finance'])
  const before = JSON.stringify(await staffDocs())
  const res = await callStaff(cb, 'revoke', { openid: admin, role: 'admin' }, admin)
  expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 409, code: 'CONFLICT' })
  expect(JSON.stringify(await staffDocs())).toBe(before)
  // Their other roles may go.
  expect(data(await callStaff(cb, 'revoke', { openid: admin, role: 'finance' }, admin))?.roles).toEqual(['admin'])

  const second = makeOpenid('admin2')
  data(await callStaff(cb, 'grant', { openid: second, role: 'admin', name: '区总工会 第二管理员' }, admin))
  const ok = await callStaff(cb, 'revoke', { openid: admin, role: 'admin' }, admin)
  expect(ok.status).toBe(200)
  // Now `second` is the last one.
  expect((await callStaff(cb, 'list', {}, admin)).status).toBe(403)
  const last = await callStaff(cb, 'revoke', { openid: second, role: 'admin' }, second)
  expect({ status: last.status, code: codeOf(last) }).toEqual({ status: 409, code: 'CONFLICT' })
})

test('two admins revoking each other at once leave at least one admin', async () => {
  for (let round = 0; round < 10; round++) {
    await cb.reset()
    const a = await putStaff(cb, makeOpenid('a'), ['admin'])
    const b = await putStaff(cb, makeOpenid('b'), ['admin'])
    await Promise.all([callStaff(cb, 'revoke', { openid: a, role: 'admin' }, a), callStaff(cb, 'revoke', { openid: b, role: 'admin' }, b)])
    const admins = (await staffDocs()).filter((d) => d.roles.includes('admin'))
    expect(admins.length).toBeGreaterThanOrEqual(1)
  }
})

test('admins revoking themselves all at once: one remains, and only the revocations that happened are recorded', async () => {
  for (let round = 0; round < 3; round++) {
    await cb.reset()
    const admins = await Promise.all(['a', 'b', 'c'].map((k) => putStaff(cb, makeOpenid(k), ['admin', 'finance'])))
    const replies = await Promise.all(admins.map((a) => callStaff(cb, 'revoke', { openid: a, role: 'admin' }, a)))
    const left = (await staffDocs()).filter((d) => d.roles.includes('admin'))
    expect(left).toHaveLength(1)
    expect(replies.filter((r) => r.status === 200)).toHaveLength(2)
    expect(replies.filter((r) => r.status === 409).map(codeOf)).toEqual(['CONFLICT'])
    // Nothing was written and then undone: two revocations, two audit entries, no grants.
    expect((await auditLog(cb)).map((d) => d.action)).toEqual(['revoke', 'revoke'])
  }
})

test('workers and non-admin staff are refused grant, revoke and list (403), and nothing changes', async () => {
  const target = await putStaff(cb, makeOpenid('t'), ['finance'])
  const callers = [makeOpenid('worker'), await putStaff(cb, makeOpenid('d'), ['district_reviewer']), await putStaff(cb, makeOpenid('s'), ['street_reviewer'], ['福田'])]
  const before = JSON.stringify(await staffDocs())
  for (const who of callers) {
    for (const [action, input] of [
      ['grant', { openid: who, role: 'admin' }],
      ['revoke', { openid: target, role: 'finance' }],
      ['list', {}]
    ] as const) {
      const res = await callStaff(cb, action, input, who)
      expect({ action, status: res.status, code: codeOf(res) }).toEqual({ action, status: 403, code: 'FORBIDDEN' })
    }
  }
  expect(JSON.stringify(await staffDocs())).toBe(before)
})
