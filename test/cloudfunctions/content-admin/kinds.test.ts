// Places and the year's 圆梦计划 policy go through the same life cycle as articles: an admin (who
// also holds the editor role) edits a seeded place and writes the 2027 policy, a publisher
// publishes them, and readers' functions serve the published values. A place's phone and point are
// checked; a year's amount and levels freeze once its first application is in (409), its window
// can still be extended.
import type { PlaceBody, PolicyBody } from '../../../contracts/content-admin/words'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { apply, callDreamPlan, makeOpenid, makePolicy, setPolicy, YEAR } from '../dream-plan/dream-plan-kit'
import { callAdmin, callReader, codeOf, data, makeContentCrew, putStaff, storedItem, versionOf, type ContentCrew } from './content-admin-kit'

let cb: TestCloudbase
let crew: ContentCrew
let adminEditor: string
beforeAll(async () => {
  cb = await startTestCloudbase()
  crew = await makeContentCrew(cb)
  adminEditor = await putStaff(cb, makeOpenid('admin-editor'), ['admin', 'editor'])
  await setPolicy(cb, makePolicy('open'))
}, 60_000)
afterAll(() => cb.stop())

/** Submits the item as `editor` and publishes it as the publisher. */
async function submitAndPublish(id: string, editor: string) {
  const v = data(await callAdmin(cb, 'submit', { id, version: await versionOf(cb, id) }, editor)).version
  return callAdmin(cb, 'publish', { id, version: v }, crew.publisher)
}

describe('place', () => {
  const placeId = 'place-test-1'
  beforeAll(async () => {
    const db = cb.sdk.database()
    await db.collection('places').doc(placeId).set({
      name: '福田街道暖蜂驿站',
      type: 'warm-bee-station',
      street: '福田',
      streetOrder: 2,
      address: '福田区福田街道某路 1 号',
      location: new db.Geo.Point(114.06, 22.53),
      hours: '周一至周日 9:00–18:00',
      offers: ['饮水', '热饭'],
      sample: true
    })
  })

  test('adopted on first open, edited, checked and published', async () => {
    const opened = data(await callAdmin(cb, 'get', { id: placeId, kind: 'place' }, adminEditor))
    expect(opened).toMatchObject({ state: 'published', liveRevision: 1, kind: 'place' })
    const body = opened.body as PlaceBody
    expect(body).toMatchObject({ name: '福田街道暖蜂驿站', latitude: 22.53, longitude: 114.06 })

    const badPhone = await callAdmin(cb, 'save', { id: placeId, kind: 'place', version: opened.version, body: { ...body, phone: '12345' + '678' } }, adminEditor)
    expect(badPhone.status).toBe(400)
    expect(badPhone.body).toMatchObject({ ok: false, error: { fields: { 'body.phone': expect.stringContaining('电话') } } })
    const outside = await callAdmin(cb, 'save', { id: placeId, kind: 'place', version: opened.version, body: { ...body, latitude: 22.7, longitude: 114.3 } }, adminEditor)
    expect(outside.status).toBe(400)
    expect(outside.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('不在福田区内') } })
    expect((await storedItem(cb, placeId))!.version).toBe(opened.version)

    const next: PlaceBody = { ...body, hours: '周一至周五 8:00–20:00', phone: '0755-12351', closedNote: '装修中，暂停开放至 8 月' }
    // 0755-12351 is too short for a landline: refused. A 5-digit hotline alone is fine.
    expect((await callAdmin(cb, 'save', { id: placeId, kind: 'place', version: opened.version, body: next }, adminEditor)).status).toBe(400)
    data(await callAdmin(cb, 'save', { id: placeId, kind: 'place', version: opened.version, body: { ...next, phone: '12351' } }, adminEditor))
    // Readers still see the old hours until it is published.
    const before = data(await callReader(cb, 'listPlaces', { street: '福田' })).items.find((p) => p.id === placeId)!
    expect(before.hours).toBe('周一至周日 9:00–18:00')
    expect(codeOf(await submitAndPublish(placeId, adminEditor))).toBe('ok')
    const after = data(await callReader(cb, 'listPlaces', { street: '福田' })).items.find((p) => p.id === placeId)!
    expect(after).toMatchObject({ hours: '周一至周五 8:00–20:00', phone: '12351', closedNote: '装修中，暂停开放至 8 月', sample: false })
  })
})

describe('policy', () => {
  const policy2027 = (): PolicyBody => ({
    year: 2027,
    title: '2027年度圆梦计划',
    amount: 3000,
    levels: ['大专', '本科'],
    opensAt: '2027-03-01T00:00:00.000Z',
    closesAt: '2027-06-30T16:00:00.000Z',
    budget: 3_000_000,
    publicityDays: 7
  })

  test('the 2027 policy is written, published and served', async () => {
    const saved = data(await callAdmin(cb, 'save', { kind: 'policy', body: policy2027() }, adminEditor))
    expect(saved.id).toBe('policy-2027')
    expect(codeOf(await submitAndPublish(saved.id, adminEditor))).toBe('ok')
    const served = data(await callDreamPlan(cb, 'getPolicy', { year: 2027 }))
    expect(served).toMatchObject({ year: 2027, amount: 3000, budget: 3_000_000, publicityDays: 7 })
    // The parts staff do not edit here came from the latest policy.
    expect(served.documents.length).toBeGreaterThan(0)
  })

  test('the materials are worded by staff; their kinds stay the form\'s', async () => {
    const item = (await storedItem(cb, 'policy-2027'))!
    const opened = data(await callAdmin(cb, 'get', { id: item._id }, adminEditor))
    const body = opened.body as PolicyBody
    // Written without them, the policy took the latest year's materials.
    expect(body.documents).toBeUndefined()
    const stored = data(await callDreamPlan(cb, 'getPolicy', { year: 2027 })).documents.map(({ kind, name, description }) => ({ kind, name, description }))
    expect(stored.map((d) => d.kind)).toEqual(['enrolmentProof', 'tuitionReceipt'])
    const documents = stored.map((d) => (d.kind === 'tuitionReceipt' ? { ...d, name: '学费发票', description: '本学年学费发票的照片' } : d))
    const unknown = await callAdmin(cb, 'save', { id: item._id, kind: 'policy', version: opened.version, body: { ...body, documents: [...documents.slice(0, 1), { kind: 'payslip', name: '工资条', description: '近三个月' }] } }, adminEditor)
    expect(unknown.body).toMatchObject({ ok: false, error: { fields: { 'body.documents.1.kind': '材料类型无效' } } })
    data(await callAdmin(cb, 'save', { id: item._id, kind: 'policy', version: opened.version, body: { ...body, documents } }, adminEditor))
    expect(codeOf(await submitAndPublish(item._id, adminEditor))).toBe('ok')
    const served = data(await callDreamPlan(cb, 'getPolicy', { year: 2027 }))
    expect(served.documents.find((d) => d.kind === 'tuitionReceipt')).toMatchObject({ name: '学费发票', description: '本学年学费发票的照片' })
  })

  test('once a year has an application, its amount and levels are frozen; the window can be extended', async () => {
    await apply(cb, makeOpenid('applicant'))
    const opened = data(await callAdmin(cb, 'get', { id: `policy-${YEAR}`, kind: 'policy' }, adminEditor))
    const body = opened.body as PolicyBody
    const raise = await callAdmin(cb, 'save', { id: opened.id, kind: 'policy', version: opened.version, body: { ...body, amount: body.amount + 500 } }, adminEditor)
    expect(raise.status).toBe(409)
    expect(raise.body).toMatchObject({ ok: false, error: { code: 'POLICY_FROZEN', message: expect.stringContaining('补助金额') } })
    const levels = await callAdmin(cb, 'save', { id: opened.id, kind: 'policy', version: opened.version, body: { ...body, levels: ['本科'] } }, adminEditor)
    expect(levels.body).toMatchObject({ ok: false, error: { code: 'POLICY_FROZEN', message: expect.stringContaining('学历层次') } })
    expect((await storedItem(cb, opened.id))!.version).toBe(opened.version)

    const later = new Date(Date.parse(body.closesAt) + 10 * 86_400_000).toISOString()
    data(await callAdmin(cb, 'save', { id: opened.id, kind: 'policy', version: opened.version, body: { ...body, closesAt: later } }, adminEditor))
    expect(codeOf(await submitAndPublish(opened.id, adminEditor))).toBe('ok')
    expect(data(await callDreamPlan(cb, 'getPolicy', { year: YEAR })).closesAt).toBe(later)
  })

  test('a policy cannot be withdrawn', async () => {
    const item = (await storedItem(cb, 'policy-2027'))!
    const res = await callAdmin(cb, 'withdraw', { id: item._id, version: item.version, reason: '试试' }, crew.publisher)
    expect(res.status).toBe(409)
  })
})

describe('faq', () => {
  test('a new question is served to readers only once published, and leaves when withdrawn', async () => {
    const saved = data(await callAdmin(cb, 'save', { kind: 'faq', body: { group: '入会', groupOrder: 0, order: 9, question: '新就业形态劳动者怎样入会？', answer: '通过“深i工”小程序在线申请。' } }, crew.editor))
    const questions = async () => data(await callReader(cb, 'listFaqs', {})).groups.flatMap((g) => g.items.map((i) => i.question))
    expect(await questions()).not.toContain('新就业形态劳动者怎样入会？')
    expect(codeOf(await submitAndPublish(saved.id, crew.editor))).toBe('ok')
    expect(await questions()).toContain('新就业形态劳动者怎样入会？')
    data(await callAdmin(cb, 'withdraw', { id: saved.id, version: await versionOf(cb, saved.id), reason: '已过时' }, crew.publisher))
    expect(await questions()).not.toContain('新就业形态劳动者怎样入会？')
  })
})

describe('listLive', () => {
  test('lists what readers see, by title, and says which are already managed', async () => {
    const db = cb.sdk.database()
    for (const [id, name] of [['place-live-a', '莲花街道职工书屋（甲）'], ['place-live-b', '莲花街道职工书屋（乙）']]) {
      await db.collection('places').doc(id).set({ name, type: 'workers-library', street: '莲花', streetOrder: 3, address: '莲花街道某路', location: new db.Geo.Point(114.05, 22.55), hours: '9:00–18:00', offers: [], sample: true })
    }
    const found = data(await callAdmin(cb, 'listLive', { kind: 'place', search: '职工书屋（' }, crew.editor)).items
    expect(found.map((r) => r.id).sort()).toEqual(['place-live-a', 'place-live-b'])
    expect(found.every((r) => r.item === undefined && r.meta.startsWith('莲花'))).toBe(true)
    // Opening one adopts it: the list now shows its state.
    data(await callAdmin(cb, 'get', { id: 'place-live-a', kind: 'place' }, crew.editor))
    const again = data(await callAdmin(cb, 'listLive', { kind: 'place', search: '职工书屋（甲' }, crew.admin)).items
    expect(again).toEqual([expect.objectContaining({ id: 'place-live-a', item: { state: 'published', version: 1 } })])
    // A policy's row carries its item id.
    const policies = data(await callAdmin(cb, 'listLive', { kind: 'policy' }, crew.publisher)).items
    expect(policies.map((r) => r.id)).toContain('policy-2027')
    expect((await callAdmin(cb, 'listLive', { kind: 'place', search: 'x'.repeat(41) }, crew.editor)).status).toBe(400)
  })
})
