// Submits at the same moment: 50 for one person make exactly one application; the rest hear
// ALREADY_APPLIED, or (with the same idempotency key) get that same application.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { apply, callDreamPlan, documents, fillDraft, makeForm, makeOpenid, makePolicy, newKey, YEAR } from './dream-plan-kit'

const cb = suiteCloudbase({ reset: 'each', policy: () => makePolicy('open') })

const N = 50
const submit = (openid: string, idempotencyKey: string) => callDreamPlan(cb, 'submit', { idempotencyKey }, openid)
const codeOf = (r: { body: { ok: boolean } }) => (r.body.ok ? 'ok' : (r.body as unknown as { error: { code: string } }).error.code)

test(`${N} simultaneous submits of one draft with different keys make one application`, async () => {
  const worker = makeOpenid()
  await fillDraft(cb, worker, await makeForm(cb, worker))
  const replies = await Promise.all(Array.from({ length: N }, () => submit(worker, newKey())))
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
  expect(codes.filter((c) => c !== 'ok')).toEqual(Array(N - 1).fill('ALREADY_APPLIED'))
  for (const r of replies.filter((x) => !x.body.ok)) expect(r.status).toBe(409)
  const apps = await documents(cb, 'applications')
  expect(apps).toHaveLength(1)
  expect(apps[0].applicationNo).toBe(`${YEAR}-000001`)
})

test(`${N} simultaneous submits for one ID number from two WeChat users make one application`, async () => {
  const [a, b] = [makeOpenid('a'), makeOpenid('b')]
  const formA = await makeForm(cb, a)
  await fillDraft(cb, a, formA)
  await fillDraft(cb, b, await makeForm(cb, b, { personal: { idNumber: formA.personal.idNumber } }))
  const replies = await Promise.all(Array.from({ length: N }, (_, i) => submit(i % 2 ? a : b, newKey())))
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
  expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['ALREADY_APPLIED']))
  expect(await documents(cb, 'applications')).toHaveLength(1)
})

test(`${N} simultaneous submits with the same key are all answered with the same application`, async () => {
  const worker = makeOpenid()
  await fillDraft(cb, worker, await makeForm(cb, worker))
  const key = newKey()
  const replies = await Promise.all(Array.from({ length: N }, () => submit(worker, key)))
  expect(replies.map(codeOf)).toEqual(Array(N).fill('ok'))
  const ids = new Set(replies.map((r) => (r.body as { data: { id: string; applicationNo: string } }).data.id))
  const numbers = new Set(replies.map((r) => (r.body as { data: { applicationNo: string } }).data.applicationNo))
  expect(ids.size).toBe(1)
  expect([...numbers]).toEqual([`${YEAR}-000001`])
  expect(await documents(cb, 'applications')).toHaveLength(1)
})

test('different people submitting at once each get their own, distinct 申报序号', async () => {
  const workers = Array.from({ length: 12 }, () => makeOpenid())
  for (const w of workers) await fillDraft(cb, w, await makeForm(cb, w))
  const replies = await Promise.all(workers.map((w) => submit(w, newKey())))
  expect(replies.map(codeOf)).toEqual(Array(workers.length).fill('ok'))
  const numbers = replies.map((r) => (r.body as { data: { applicationNo: string } }).data.applicationNo).sort()
  expect(numbers).toEqual(workers.map((_, i) => `${YEAR}-${String(i + 1).padStart(6, '0')}`))
})

test('two withdraws at once: one moves it, the other is WRONG_STATE or CONFLICT; one history entry', async () => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  const replies = await Promise.all(Array.from({ length: 5 }, () => callDreamPlan(cb, 'withdraw', { id: app.id }, worker)))
  expect(replies.filter((r) => r.body.ok)).toHaveLength(1)
  for (const r of replies.filter((x) => !x.body.ok)) expect(['WRONG_STATE', 'CONFLICT']).toContain(codeOf(r))
  const [doc] = await documents(cb, 'applications')
  expect(doc.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'withdrawn'])
})
