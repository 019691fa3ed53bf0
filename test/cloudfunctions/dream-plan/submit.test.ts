// submit over the local CloudBase: the draft becomes one application with a 申报序号, the draft
// goes, a retry is the same application, and each refusal says why in Chinese and writes nothing.
import { maskCardNumber, maskIdNumber, maskMobile } from '../../../contracts/dream-plan/identity-numbers'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { apply, callDreamPlan, data, documents, dreamPlanPicture, fillDraft, makeForm, makeOpenid, makePolicy, newKey, setPolicy, uploadMaterial, YEAR } from './dream-plan-kit'

const cb = suiteCloudbase({ reset: 'each', policy: () => makePolicy('open') })

const submit = (openid: string, idempotencyKey = newKey()) => callDreamPlan(cb, 'submit', { idempotencyKey }, openid)

test('a complete draft becomes a submitted application with a 申报序号, and the draft is gone', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await fillDraft(cb, worker, form)
  const res = await submit(worker)
  expect(res.status).toBe(200)
  const app = data(res)
  expect(app).toMatchObject({
    applicationNo: `${YEAR}-000001`,
    year: YEAR,
    status: 'submitted',
    version: 1,
    amount: 2500,
    school: form.education.school,
    level: form.education.level,
    canWithdraw: true,
    canResubmit: false,
    personal: { name: form.personal.name, idNumberMasked: maskIdNumber(form.personal.idNumber), mobileMasked: maskMobile(form.personal.mobile) },
    work: form.work,
    education: form.education,
    bank: { bankName: form.bank.bankName, accountHolder: form.bank.accountHolder, cardNumberMasked: maskCardNumber(form.bank.cardNumber) }
  })
  expect(app.timeline).toEqual([{ at: app.submittedAt, status: 'submitted' }])
  expect(app.materials.map((m) => [m.kind, m.fileID])).toEqual([
    ['enrolmentProof', form.materials.enrolmentProof.fileID],
    ['tuitionReceipt', form.materials.tuitionReceipt.fileID]
  ])
  for (const m of app.materials) expect((await fetch(m.url)).status).toBe(200)
  expect(data(await callDreamPlan(cb, 'getDraft', {}, worker))).toBeNull()
  expect(await documents(cb, 'drafts')).toEqual([])

  const [stored] = await documents(cb, 'applications')
  expect(stored).toMatchObject({ _id: app.id, openid: worker, status: 'submitted', version: 1, history: [{ from: null, to: 'submitted', by: 'applicant' }] })
})

test('申报序号 count up per year without gaps', async () => {
  const numbers: string[] = []
  for (let i = 0; i < 3; i++) numbers.push((await apply(cb, makeOpenid())).applicationNo)
  expect(numbers).toEqual([`${YEAR}-000001`, `${YEAR}-000002`, `${YEAR}-000003`])
})

test('the same idempotency key twice is the same application, one document', async () => {
  const worker = makeOpenid()
  await fillDraft(cb, worker, await makeForm(cb, worker))
  const key = newKey()
  const first = data(await submit(worker, key))
  const second = data(await submit(worker, key))
  expect(second.id).toBe(first.id)
  expect(second.applicationNo).toBe(first.applicationNo)
  expect(await documents(cb, 'applications')).toHaveLength(1)
})

test('a retry after the window closed still answers with the application it made', async () => {
  const worker = makeOpenid()
  await fillDraft(cb, worker, await makeForm(cb, worker))
  const key = newKey()
  const first = data(await submit(worker, key))
  await setPolicy(cb, makePolicy('closed'))
  expect(data(await submit(worker, key)).id).toBe(first.id)
})

test('a second submit with a new key is ALREADY_APPLIED', async () => {
  const worker = makeOpenid()
  await apply(cb, worker)
  await fillDraft(cb, worker, await makeForm(cb, worker))
  const before = await dreamPlanPicture(cb)
  const res = await submit(worker)
  expect(res).toMatchObject({ status: 409, body: { ok: false, error: { code: 'ALREADY_APPLIED', message: expect.stringContaining('本年度已提交') } } })
  expect(await dreamPlanPicture(cb)).toBe(before)
})

test('the same ID number from another WeChat user is ALREADY_APPLIED, naming the field', async () => {
  const first = makeOpenid()
  const form = await makeForm(cb, first)
  await apply(cb, first, form)
  const second = makeOpenid()
  const again = await makeForm(cb, second, { personal: { idNumber: form.personal.idNumber } })
  await fillDraft(cb, second, again)
  const res = await submit(second)
  expect(res).toMatchObject({ status: 409, body: { ok: false, error: { code: 'ALREADY_APPLIED', message: '该身份证号已提交过圆梦计划申请，每人只能申请一次', fields: { 'personal.idNumber': expect.any(String) } } } })
})

test('once per person holds across years; without the rule a person may apply again next year', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await apply(cb, worker, form)
  // The next year, same rule: refused.
  await setPolicy(cb, makePolicy('closed'))
  await setPolicy(cb, makePolicy('open', { year: YEAR + 1 }))
  const next = await makeForm(cb, worker, { personal: { idNumber: form.personal.idNumber }, year: YEAR + 1 })
  await fillDraft(cb, worker, next)
  expect((await submit(worker)).body).toMatchObject({ ok: false, error: { code: 'ALREADY_APPLIED' } })
  // Per-year rules in both years: allowed.
  await cb.reset()
  await setPolicy(cb, makePolicy('open', { oncePerPerson: false }))
  await apply(cb, worker, await makeForm(cb, worker, { personal: { idNumber: form.personal.idNumber } }))
  await setPolicy(cb, makePolicy('closed', { oncePerPerson: false }))
  await setPolicy(cb, makePolicy('open', { year: YEAR + 1, oncePerPerson: false }))
  await fillDraft(cb, worker, await makeForm(cb, worker, { personal: { idNumber: form.personal.idNumber }, year: YEAR + 1 }))
  expect(data(await submit(worker))).toMatchObject({ year: YEAR + 1, applicationNo: `${YEAR + 1}-000001` })
})

test('a missing section is DRAFT_INCOMPLETE, naming each missing one', async () => {
  const worker = makeOpenid()
  const { personal, education } = await makeForm(cb, worker)
  await fillDraft(cb, worker, { personal, education })
  const res = await submit(worker)
  expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'DRAFT_INCOMPLETE', fields: { work: '请填写工作信息', bank: '请填写收款信息', materials: '请填写申请材料' } } } })
  expect(Object.keys((res.body as { error: { fields: object } }).error.fields)).toEqual(['work', 'bank', 'materials'])
  expect((await submit(makeOpenid())).body).toMatchObject({ ok: false, error: { code: 'DRAFT_INCOMPLETE' } })
})

test('the account holder must be the applicant', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await fillDraft(cb, worker, { ...form, bank: { ...form.bank, accountHolder: '另一个人' } })
  const res = await submit(worker)
  expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', fields: { 'bank.accountHolder': '开户人须为申请人本人' } } } })
  expect(await documents(cb, 'applications')).toEqual([])
})

test('a level or study mode the year does not fund is refused at the field', async () => {
  await setPolicy(cb, makePolicy('open', { levels: ['大专'], studyModes: ['开放教育'] }))
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await fillDraft(cb, worker, { ...form, education: { ...form.education, level: '本科', studyMode: '自学考试' } })
  const res = await submit(worker)
  expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', fields: { 'education.level': expect.stringContaining('大专'), 'education.studyMode': expect.stringContaining('自学考试') } } } })
})

test('outside the window: WINDOW_CLOSED with the dates, and nothing written', async () => {
  const worker = makeOpenid()
  await fillDraft(cb, worker, await makeForm(cb, worker))
  for (const state of ['notYetOpen', 'closed'] as const) {
    await setPolicy(cb, makePolicy(state))
    const before = await dreamPlanPicture(cb)
    const res = await submit(worker)
    expect(res).toMatchObject({ status: 409, body: { ok: false, error: { code: 'WINDOW_CLOSED', message: expect.stringMatching(state === 'closed' ? /已于\d{4}年\d+月\d+日截止/ : /将于\d{4}年\d+月\d+日开始/) } } })
    expect(await dreamPlanPicture(cb)).toBe(before)
  }
})

test('no policy at all is POLICY_NOT_FOUND', async () => {
  await cb.reset()
  expect(await submit(makeOpenid())).toMatchObject({ status: 404, body: { ok: false, error: { code: 'POLICY_NOT_FOUND' } } })
})

test('a material deleted from storage after saving is FILE_NOT_FOUND at submit', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await fillDraft(cb, worker, form)
  await cb.sdk.deleteFile({ fileList: [form.materials.tuitionReceipt.fileID] })
  const res = await submit(worker)
  expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining('学费缴费凭证'), fields: { 'materials.tuitionReceipt.fileID': expect.any(String) } } } })
  expect(await documents(cb, 'applications')).toEqual([])
})

test('after withdrawing, the same person may apply again (a withdrawal does not count)', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const first = await apply(cb, worker, form)
  data(await callDreamPlan(cb, 'withdraw', { id: first.id }, worker))
  const second = await apply(cb, worker, await makeForm(cb, worker, { personal: { idNumber: form.personal.idNumber } }))
  expect(second.id).not.toBe(first.id)
  expect(second.applicationNo).toBe(`${YEAR}-000002`)
  const mine = data(await callDreamPlan(cb, 'listMine', {}, worker)).items
  expect(mine.map((a) => [a.id, a.status])).toEqual([
    [second.id, 'submitted'],
    [first.id, 'withdrawn']
  ])
})

test('an upload under the caller’s prefix but for the wrong slot or type is refused when saving', async () => {
  const worker = makeOpenid()
  const receipt = await uploadMaterial(cb, worker, 'tuitionReceipt', 'application/pdf')
  const proof = await uploadMaterial(cb, worker, 'enrolmentProof', 'image/png')
  const swapped = await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: { enrolmentProof: receipt, tuitionReceipt: proof } }, worker)
  expect(swapped).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE_NOT_FOUND', fields: { 'materials.enrolmentProof.fileID': '文件与所选材料不符，请重新上传' } } } })
  const lying = await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: { enrolmentProof: { ...proof, contentType: 'application/pdf' }, tuitionReceipt: receipt } }, worker)
  expect(lying).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE_NOT_FOUND', fields: { 'materials.enrolmentProof.fileID': '文件类型与文件不符，请重新上传' } } } })
})
