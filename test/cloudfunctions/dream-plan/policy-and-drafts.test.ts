// getPolicy (open, not yet open, closed; which year is current), getIntro (the policy with where the
// caller stands), and the draft: saved a section at a time, resumed from anywhere by the same WeChat
// user, each section validated with its schema.
import { seedDreamPlan } from '../../../database/seed/dream-plan/seed-dream-plan'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { apply, callDreamPlan, data, documents, dreamPlanPicture, fillDraft, makeCardNumber, makeForm, makeIdNumber, makeOpenid, makePersonal, makePolicy, makeWork, setPolicy, setStatus, uploadMaterial, YEAR } from './dream-plan-kit'

const cb = suiteCloudbase({ reset: 'each' })

describe('getPolicy', () => {
  test('an open policy: everything the intro page shows, open, no reason; anyone may read it', async () => {
    const policy = makePolicy('open')
    await setPolicy(cb, policy)
    const res = await callDreamPlan(cb, 'getPolicy', {})
    expect(res.status).toBe(200)
    const { _id, ...rest } = policy
    expect(data(res)).toEqual({ ...rest, isOpen: true })
  })

  test('not yet open and closed: the form is closed with the date, in Shenzhen’s calendar', async () => {
    await setPolicy(cb, makePolicy('open', { opensAt: '2099-09-01T00:00:00+08:00', closesAt: '2100-07-01T00:00:00+08:00' }))
    expect(data(await callDreamPlan(cb, 'getPolicy', {}))).toMatchObject({ isOpen: false, closedReason: '2026年度申请将于2099年9月1日开始' })
    // Midnight in Shenzhen is the previous day in UTC: the date shown is still Shenzhen's.
    await setPolicy(cb, makePolicy('open', { opensAt: '2020-09-01T00:00:00+08:00', closesAt: '2021-07-01T00:00:00+08:00' }))
    expect(data(await callDreamPlan(cb, 'getPolicy', {}))).toMatchObject({ isOpen: false, closedReason: '2026年度申请已于2021年6月30日截止' })
  })

  test('without a year: the open policy, else the next to open, else the latest closed; with a year: that one', async () => {
    await setPolicy(cb, makePolicy('closed', { year: 2025 }))
    expect(data(await callDreamPlan(cb, 'getPolicy', {})).year).toBe(2025)
    await setPolicy(cb, makePolicy('notYetOpen', { year: 2027 }))
    expect(data(await callDreamPlan(cb, 'getPolicy', {})).year).toBe(2027)
    await setPolicy(cb, makePolicy('open', { year: 2026 }))
    expect(data(await callDreamPlan(cb, 'getPolicy', {}))).toMatchObject({ year: 2026, isOpen: true })
    expect(data(await callDreamPlan(cb, 'getPolicy', { year: 2025 }))).toMatchObject({ year: 2025, isOpen: false })
    expect(await callDreamPlan(cb, 'getPolicy', { year: 2030 })).toMatchObject({ status: 404, body: { ok: false, error: { code: 'POLICY_NOT_FOUND', message: '本年度圆梦计划尚未发布' } } })
  })

  test('the demo seed’s policy is what getPolicy serves for 2026, labelled sample', async () => {
    await seedDreamPlan(cb.sdk)
    expect(data(await callDreamPlan(cb, 'getPolicy', { year: 2026 }))).toMatchObject({ year: 2026, amount: 2500, sample: true, publicityDays: 5, oncePerPerson: true })
  })

  test('no policy at all is POLICY_NOT_FOUND; a malformed one is a fault (500), not an open form', async () => {
    expect((await callDreamPlan(cb, 'getPolicy', {})).status).toBe(404)
    const { _id, ...broken } = makePolicy('open')
    await cb.sdk.database().collection('dreamPlanPolicies').doc(_id).set({ ...broken, amount: '2500元' })
    expect(await callDreamPlan(cb, 'getPolicy', {})).toEqual({ status: 500, body: { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } } })
  })
})

describe('getIntro', () => {
  const NOTHING_YET = { applied: null, hasDraft: false }

  test('anyone gets the policy getPolicy gives; a caller who is not signed in has no standing', async () => {
    await setPolicy(cb, makePolicy('open'))
    const intro = await callDreamPlan(cb, 'getIntro', {})
    expect(intro.status).toBe(200)
    expect(data(intro)).toEqual({ policy: data(await callDreamPlan(cb, 'getPolicy', {})), standing: null })
    expect(await callDreamPlan(cb, 'getIntro', { year: 2030 })).toMatchObject({ status: 404, body: { ok: false, error: { code: 'POLICY_NOT_FOUND' } } })
  })

  test('a worker’s standing follows them: nothing, a saved draft, then their application; another worker sees none of it', async () => {
    await setPolicy(cb, makePolicy('open'))
    const worker = makeOpenid()
    const standing = async (openid: string) => data(await callDreamPlan(cb, 'getIntro', {}, openid)).standing
    expect(await standing(worker)).toEqual(NOTHING_YET)

    const form = await makeForm(cb, worker)
    await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: form.personal }, worker)
    expect(await standing(worker)).toEqual({ applied: null, hasDraft: true })

    const app = await apply(cb, worker, form)
    const summary = data(await callDreamPlan(cb, 'listMine', {}, worker)).items[0]
    expect(await standing(worker)).toEqual({ applied: summary, hasDraft: false })
    expect(summary.id).toBe(app.id)
    expect(await standing(makeOpenid())).toEqual(NOTHING_YET)

    // A withdrawn application does not count: the worker may apply again.
    await setStatus(cb, app.id, 'withdrawn')
    expect(await standing(worker)).toEqual(NOTHING_YET)
  })

  test('under once per person an earlier year’s application counts for the next year; otherwise it does not', async () => {
    await setPolicy(cb, makePolicy('open'))
    const worker = makeOpenid()
    const app = await apply(cb, worker)
    await setPolicy(cb, makePolicy('notYetOpen', { year: YEAR + 1, oncePerPerson: true }))
    expect(data(await callDreamPlan(cb, 'getIntro', { year: YEAR + 1 }, worker)).standing?.applied?.id).toBe(app.id)
    await setPolicy(cb, makePolicy('notYetOpen', { year: YEAR + 1, oncePerPerson: false }))
    expect(data(await callDreamPlan(cb, 'getIntro', { year: YEAR + 1 }, worker)).standing).toEqual(NOTHING_YET)
  })
})

describe('drafts', () => {
  beforeEach(() => setPolicy(cb, makePolicy('open')))

  test('no draft yet is null; sections saved one at a time come back together, as saved', async () => {
    const worker = makeOpenid()
    expect(data(await callDreamPlan(cb, 'getDraft', {}, worker))).toBeNull()
    const form = await makeForm(cb, worker)
    const first = data(await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: form.personal }, worker))
    expect(first).toMatchObject({ year: YEAR, sections: { personal: form.personal } })
    expect(first.applicationId).toBeUndefined()
    await callDreamPlan(cb, 'saveDraft', { section: 'work', data: form.work }, worker)
    await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: form.materials }, worker)
    const draft = data(await callDreamPlan(cb, 'getDraft', {}, worker))!
    expect(draft.sections).toEqual({ personal: form.personal, work: form.work, materials: form.materials })
    expect(Date.parse(draft.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt))
    expect(await documents(cb, 'drafts')).toHaveLength(1)
  })

  test('saving a section again replaces it whole (a cleared optional field stays cleared)', async () => {
    const worker = makeOpenid()
    const personal = makePersonal({ memberNumber: 'FT-0001', unionOrganisation: '某公司工会' })
    await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: personal }, worker)
    const { unionOrganisation, ...withoutOrg } = personal
    await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: withoutOrg }, worker)
    expect(data(await callDreamPlan(cb, 'getDraft', {}, worker))!.sections.personal).toEqual(withoutOrg)
  })

  test('sections saved at the same moment all land', async () => {
    const worker = makeOpenid()
    const form = await makeForm(cb, worker)
    const replies = await Promise.all(
      (['personal', 'work', 'education', 'bank', 'materials'] as const).map((section) => callDreamPlan(cb, 'saveDraft', { section, data: form[section] }, worker))
    )
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(data(await callDreamPlan(cb, 'getDraft', {}, worker))!.sections).toEqual(form)
  })

  test('values are normalised as the schema says (upper-case X, card without spaces)', async () => {
    const worker = makeOpenid()
    let idNumber = makeIdNumber()
    while (!idNumber.endsWith('X')) idNumber = makeIdNumber()
    const personal = makePersonal({ idNumber })
    const card = makeCardNumber(16)
    await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: { ...personal, idNumber: idNumber.toLowerCase() } }, worker)
    await callDreamPlan(cb, 'saveDraft', { section: 'bank', data: { bankName: '招商银行', accountHolder: personal.name, cardNumber: card.replace(/(\d{4})(?=\d)/g, '$1 ') } }, worker)
    const draft = data(await callDreamPlan(cb, 'getDraft', {}, worker))!
    expect(draft.sections.personal!.idNumber).toBe(idNumber)
    expect(draft.sections.bank!.cardNumber).toBe(card)
  })

  test.each([
    ['personal', { name: '张三', idNumber: '440304199001011234', mobile: '13800000000', unionOrganisation: '某工会' }, 'data.idNumber'],
    ['personal', { ...makePersonal(), mobile: '1380000000' }, 'data.mobile'],
    ['personal', { ...makePersonal(), memberNumber: undefined, unionOrganisation: undefined }, 'data.memberNumber'],
    ['work', { ...makeWork(), creditCode: '91350100M000100Y44' }, 'data.creditCode'],
    ['work', { ...makeWork(), street: '南山' }, 'data.street'],
    ['work', { ...makeWork(), workingInFutianSince: '2023-02-30' }, 'data.workingInFutianSince'],
    ['bank', { bankName: '招商银行', accountHolder: '张三', cardNumber: ((c) => c.slice(0, -1) + ((Number(c.slice(-1)) + 1) % 10))(makeCardNumber()) }, 'data.cardNumber']
  ])('an invalid %s section is refused at the field (%#)', async (section, value, field) => {
    const worker = makeOpenid()
    const before = await dreamPlanPicture(cb)
    const res = await callDreamPlan(cb, 'saveDraft', { section, data: value }, worker)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.stringMatching(/[\u4e00-\u9fa5]/) } } })
    expect(await dreamPlanPicture(cb)).toBe(before)
  })

  test('materials must exist in storage: a path of the convention that was never uploaded is FILE_NOT_FOUND', async () => {
    const worker = makeOpenid()
    const real = await uploadMaterial(cb, worker, 'tuitionReceipt')
    const ghost = { ...(await uploadMaterial(cb, worker, 'enrolmentProof')) }
    await cb.sdk.deleteFile({ fileList: [ghost.fileID] })
    const res = await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: { enrolmentProof: ghost, tuitionReceipt: real } }, worker)
    expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE_NOT_FOUND', message: '入学证明：文件不存在，请重新上传' } } })
  })

  test('outside the window no draft is written; reading one is still fine', async () => {
    const worker = makeOpenid()
    const form = await makeForm(cb, worker)
    await callDreamPlan(cb, 'saveDraft', { section: 'work', data: form.work }, worker)
    for (const state of ['notYetOpen', 'closed'] as const) {
      await setPolicy(cb, makePolicy(state))
      const before = await dreamPlanPicture(cb)
      expect((await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: form.personal }, worker)).body).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
      expect((await callDreamPlan(cb, 'prepareUpload', { kind: 'enrolmentProof', contentType: 'image/png', size: 10 }, worker)).body).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
      expect(await dreamPlanPicture(cb)).toBe(before)
      expect(data(await callDreamPlan(cb, 'getDraft', {}, worker))!.sections.work).toEqual(form.work)
    }
  })

  test('prepareUpload gives a fresh path of the convention each time, and refuses wrong types and sizes up front', async () => {
    const worker = makeOpenid()
    const a = data(await callDreamPlan(cb, 'prepareUpload', { kind: 'tuitionReceipt', contentType: 'application/pdf', size: 1 }, worker))
    const b = data(await callDreamPlan(cb, 'prepareUpload', { kind: 'tuitionReceipt', contentType: 'application/pdf', size: 1 }, worker))
    expect(a.year).toBe(YEAR)
    expect(a.cloudPath).toMatch(new RegExp(`^dream-plan/${worker}/${YEAR}/tuitionReceipt-[0-9a-f]{24}\\.pdf$`))
    expect(b.cloudPath).not.toBe(a.cloudPath)
    expect(await callDreamPlan(cb, 'prepareUpload', { kind: 'tuitionReceipt', contentType: 'image/gif', size: 1 }, worker)).toMatchObject({ status: 400, body: { error: { fields: { contentType: '只支持 jpg、png 或 pdf 文件' } } } })
    expect(await callDreamPlan(cb, 'prepareUpload', { kind: 'tuitionReceipt', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 }, worker)).toMatchObject({ status: 400, body: { error: { fields: { size: '文件不能超过 10 MB' } } } })
  })
})

describe('我的申请 and subscriptions', () => {
  beforeEach(() => setPolicy(cb, makePolicy('open')))

  test('recordSubscription counts each accepted template, once per grant', async () => {
    const worker = makeOpenid()
    expect(data(await callDreamPlan(cb, 'recordSubscription', { templateIds: ['tmpl-a', 'tmpl-b', 'tmpl-a'] }, worker))).toEqual({ recorded: 2 })
    expect(data(await callDreamPlan(cb, 'recordSubscription', { templateIds: ['tmpl-a'] }, worker))).toEqual({ recorded: 1 })
    expect(data(await callDreamPlan(cb, 'recordSubscription', { templateIds: [] }, worker))).toEqual({ recorded: 0 })
    const [doc] = await documents(cb, 'subscriptions')
    expect(doc).toMatchObject({ openid: worker, grants: { 'tmpl-a': 2, 'tmpl-b': 1 } })
    await Promise.all(Array.from({ length: 5 }, () => callDreamPlan(cb, 'recordSubscription', { templateIds: ['tmpl-c'] }, makeOpenid())))
    expect(await documents(cb, 'subscriptions')).toHaveLength(6)
  })

  test('getSubscribeTemplates names the notify function\'s template (DREAM_PLAN_TEMPLATE_ID), so a grant is for what gets sent', async () => {
    // Locally the placeholder resolves to the WeChat stand-in's template, as it does for notify.
    expect(data(await callDreamPlan(cb, 'getSubscribeTemplates', {}, makeOpenid()))).toEqual({ templateIds: ['local-dream-plan-status'] })
    expect(await callDreamPlan(cb, 'getSubscribeTemplates', {}, undefined)).toMatchObject({ status: 401 })
  })

  test('the detail shows the stage while in review, the publicity window once approved, and a fresh link to each material', async () => {
    const worker = makeOpenid()
    const form = await makeForm(cb, worker)
    await fillDraft(cb, worker, form)
    const app = data(await callDreamPlan(cb, 'submit', { idempotencyKey: 'key-00000001' }, worker))
    await setStatus(cb, app.id, 'in_review', { stage: 'district' })
    const inReview = data(await callDreamPlan(cb, 'getMine', { id: app.id }, worker))
    expect(inReview).toMatchObject({ status: 'in_review', stage: 'district', canWithdraw: false, canResubmit: false })
    expect(inReview.timeline[1]).toMatchObject({ status: 'in_review', stage: 'district' })
    await setStatus(cb, app.id, 'approved')
    const now = Date.now()
    await cb.sdk.database().collection('dreamPlanApplications').doc(app.id).update({ publicity: { startsAt: new Date(now - 1000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString() } })
    const [row] = data(await callDreamPlan(cb, 'listMine', {}, worker)).items
    expect(row).toMatchObject({ id: app.id, status: 'approved', inPublicity: true, applicationNo: app.applicationNo, amount: 2500 })
    const detail = data(await callDreamPlan(cb, 'getMine', { id: app.id }, worker))
    const body = await fetch(detail.materials[1].url)
    expect(body.headers.get('content-type')).toBe('application/pdf')
    expect(new URL(detail.materials[1].url).searchParams.get('expires')).toBeTruthy()
  })
})
