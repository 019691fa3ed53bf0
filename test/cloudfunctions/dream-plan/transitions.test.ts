// The status flow the worker drives: withdraw only while 'submitted', resubmit only while
// 'returned' (the staff side sets that; here through the SDK). Every transition appends to the
// history in the same update; every forbidden one is WRONG_STATE and changes nothing.
import type { ApplicationStatus } from '../../../contracts/dream-plan/application'
import { maskIdNumber } from '../../../contracts/dream-plan/identity-numbers'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { apply, callDreamPlan, data, documents, dreamPlanPicture, fillDraft, makeEducation, makeForm, makeIdNumber, makeOpenid, makePolicy, newKey, setPolicy, setStatus, uploadMaterial } from './dream-plan-kit'

const cb = suiteCloudbase({ reset: 'each', policy: () => makePolicy('open') })

const withdraw = (id: string, openid: string, reason?: string) => callDreamPlan(cb, 'withdraw', { id, ...(reason ? { reason } : {}) }, openid)
const resubmit = (id: string, openid: string, idempotencyKey = newKey()) => callDreamPlan(cb, 'resubmit', { id, idempotencyKey }, openid)
const stored = async (id: string) => (await documents(cb, 'applications')).find((d) => d._id === id)!

test('submitted → withdrawn: history entry with the reason and the note, keys released', async () => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  const res = await withdraw(app.id, worker, '单位暂不同意')
  expect(res.status).toBe(200)
  const detail = data(res)
  expect(detail).toMatchObject({ status: 'withdrawn', version: 2, canWithdraw: false, canResubmit: false })
  expect(detail.timeline.map((t) => t.status)).toEqual(['submitted', 'withdrawn'])
  expect(detail.timeline[1]).toMatchObject({ reason: '单位暂不同意', note: expect.stringContaining('可重新申请') })
  const doc = await stored(app.id)
  expect(doc.history[1]).toMatchObject({ from: 'submitted', to: 'withdrawn', by: 'applicant' })
  expect(doc.personKey).toBe(`released:${app.id}`)
  expect(doc.openKey).toBe(`released:${app.id}`)
})

test('returned → submitted by resubmit with the amended sections; the others stay as they were', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const app = await apply(cb, worker, form)
  await setStatus(cb, app.id, 'in_review', { stage: 'street' })
  await setStatus(cb, app.id, 'returned', { reason: '入学证明不清晰，请重新上传', stage: 'street' })

  const returned = data(await callDreamPlan(cb, 'getMine', { id: app.id }, worker))
  expect(returned).toMatchObject({ status: 'returned', canResubmit: true, canWithdraw: false, reviewReason: '入学证明不清晰，请重新上传' })
  // The timeline names no one: status, stage and reason only.
  expect(JSON.stringify(returned.timeline)).not.toContain('staff-001')

  // The amendment starts from what was submitted, in clear for its owner.
  const draft = data(await callDreamPlan(cb, 'getDraft', { applicationId: app.id }, worker))!
  expect(draft).toMatchObject({ applicationId: app.id, year: app.year, sections: { personal: form.personal, bank: form.bank, materials: form.materials } })

  const clearer = await uploadMaterial(cb, worker, 'enrolmentProof', 'image/jpeg')
  const education = makeEducation({ level: form.education.level, school: '深圳开放大学' })
  await fillDraft(cb, worker, { education, materials: { ...form.materials, enrolmentProof: clearer } }, app.id)

  const res = await resubmit(app.id, worker)
  expect(res.status).toBe(200)
  const after = data(res)
  // Back to the level that returned it (街道初审); review has started, so it can no longer be withdrawn.
  expect(after).toMatchObject({ status: 'in_review', stage: 'street', version: returned.version + 1, canWithdraw: false, school: '深圳开放大学', education, applicationNo: app.applicationNo })
  expect(after.materials[0]).toMatchObject({ kind: 'enrolmentProof', fileID: clearer.fileID, contentType: 'image/jpeg' })
  expect(after.personal.idNumberMasked).toBe(maskIdNumber(form.personal.idNumber))
  expect(after.timeline.map((t) => t.status)).toEqual(['submitted', 'in_review', 'returned', 'in_review'])
  const doc = await stored(app.id)
  expect(doc.history[3]).toMatchObject({ from: 'returned', to: 'in_review', stage: 'street', by: 'applicant' })
  // The change carries its notice for the worker (the outbox `notify` sends from).
  expect(doc.notices.at(-1)).toMatchObject({ id: `${app.id}:3`, status: 'in_review', stage: 'street', state: 'pending', attempts: 0 })
  // The amendment draft is used up.
  expect(await documents(cb, 'drafts')).toEqual([])
})

test('resubmit with the same key twice answers the same, and moves once', async () => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  await setStatus(cb, app.id, 'returned', { reason: '请补充材料' })
  const key = newKey()
  const first = data(await resubmit(app.id, worker, key))
  const again = data(await resubmit(app.id, worker, key))
  expect(again.version).toBe(first.version)
  expect((await stored(app.id)).history).toHaveLength(3)
})

test('an amended ID number that already applied is ALREADY_APPLIED, and nothing changes', async () => {
  const other = makeOpenid()
  const taken = await makeForm(cb, other)
  await apply(cb, other, taken)
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const app = await apply(cb, worker, form)
  await setStatus(cb, app.id, 'returned', { reason: '身份证号有误' })
  await fillDraft(cb, worker, { personal: { ...form.personal, idNumber: taken.personal.idNumber } }, app.id)
  const before = await dreamPlanPicture(cb)
  expect((await resubmit(app.id, worker)).body).toMatchObject({ ok: false, error: { code: 'ALREADY_APPLIED' } })
  expect(await dreamPlanPicture(cb)).toBe(before)
  // A fresh number is fine.
  await fillDraft(cb, worker, { personal: { ...form.personal, idNumber: makeIdNumber() } }, app.id)
  expect(data(await resubmit(app.id, worker)).status).toBe('in_review')
})

test('an application returned at 区总复审 goes back to 区总复审 when resubmitted', async () => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  await setStatus(cb, app.id, 'in_review', { stage: 'district' })
  await setStatus(cb, app.id, 'returned', { reason: '学费凭证金额不清', stage: 'district' })
  const after = data(await resubmit(app.id, worker))
  expect(after).toMatchObject({ status: 'in_review', stage: 'district' })
  expect((await stored(app.id)).history.at(-1)).toMatchObject({ from: 'returned', to: 'in_review', stage: 'district', by: 'applicant' })
})

test('a resubmit that lost to another change of the same version is CONFLICT or WRONG_STATE, never a double move', async () => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  await setStatus(cb, app.id, 'returned', { reason: '请补充材料' })
  const replies = await Promise.all(Array.from({ length: 6 }, () => resubmit(app.id, worker)))
  const ok = replies.filter((r) => r.body.ok)
  expect(ok).toHaveLength(1)
  for (const r of replies.filter((x) => !x.body.ok)) expect(['CONFLICT', 'WRONG_STATE']).toContain((r.body as { error: { code: string } }).error.code)
  const doc = await stored(app.id)
  expect(doc.history.filter((h: { from: string }) => h.from === 'returned')).toHaveLength(1)
  expect(doc.notices.filter((n: { status: string }) => n.status === 'in_review')).toHaveLength(1)
})

// Every forbidden move: the application in `status`, the action refused with WRONG_STATE, nothing changed.
const ALL: ApplicationStatus[] = ['submitted', 'in_review', 'approved', 'paid', 'returned', 'rejected', 'withdrawn']
const FORBIDDEN: [ApplicationStatus, 'withdraw' | 'resubmit'][] = [
  ...ALL.filter((s) => s !== 'submitted').map((s) => [s, 'withdraw'] as [ApplicationStatus, 'withdraw']),
  ...ALL.filter((s) => s !== 'returned').map((s) => [s, 'resubmit'] as [ApplicationStatus, 'resubmit'])
]

test.each(FORBIDDEN)('%s → %s is WRONG_STATE (409) and changes nothing', async (status, action) => {
  const worker = makeOpenid()
  const app = await apply(cb, worker)
  if (status === 'withdrawn') data(await withdraw(app.id, worker))
  else if (status !== 'submitted') await setStatus(cb, app.id, status, { reason: status === 'rejected' || status === 'returned' ? '不符合条件' : undefined })
  const before = await dreamPlanPicture(cb)
  const res = action === 'withdraw' ? await withdraw(app.id, worker) : await resubmit(app.id, worker)
  expect(res.status).toBe(409)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE', message: expect.stringMatching(/^申请当前为「.+」，不能进行此操作$/) } })
  expect(await dreamPlanPicture(cb)).toBe(before)
})

test.each(['approved', 'paid', 'rejected', 'in_review', 'submitted', 'withdrawn'] as const)('an amendment of an application that is %s is WRONG_STATE', async (status) => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const app = await apply(cb, worker, form)
  if (status === 'withdrawn') data(await withdraw(app.id, worker))
  else if (status !== 'submitted') await setStatus(cb, app.id, status)
  const before = await dreamPlanPicture(cb)
  expect((await callDreamPlan(cb, 'getDraft', { applicationId: app.id }, worker)).body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } })
  expect((await callDreamPlan(cb, 'saveDraft', { section: 'work', data: form.work, applicationId: app.id }, worker)).body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } })
  expect((await callDreamPlan(cb, 'prepareUpload', { kind: 'enrolmentProof', contentType: 'image/png', size: 100, applicationId: app.id }, worker)).body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } })
  expect(await dreamPlanPicture(cb)).toBe(before)
})

test('a withdrawn application, once the person applies again, stays withdrawn: withdraw and resubmit still refuse it', async () => {
  const worker = makeOpenid()
  const first = await apply(cb, worker)
  data(await withdraw(first.id, worker))
  await apply(cb, worker)
  expect((await withdraw(first.id, worker)).body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } })
  expect((await resubmit(first.id, worker)).body).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } })
})

test('resubmit works after the window has closed (the review goes on); a new draft does not', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const app = await apply(cb, worker, form)
  await setStatus(cb, app.id, 'returned', { reason: '请核对学号' })
  await setPolicy(cb, makePolicy('closed'))
  await fillDraft(cb, worker, { education: { ...form.education, studentNumber: 'GD20260001' } }, app.id)
  expect(data(await resubmit(app.id, worker)).education.studentNumber).toBe('GD20260001')
  expect((await callDreamPlan(cb, 'saveDraft', { section: 'work', data: form.work }, worker)).body).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
})
