// 公示 and payment: publishing approved applications makes one 通知公告 article with masked names
// (and no numbers), sets the period from the policy, and shows 公示中 to the owners; anything not
// approved, or already published, refuses the whole list. Paying needs the period over; a repeated
// batch changes nothing; a batch number reused for other applications is CONFLICT.
import { maskName } from '../../../contracts/dream-plan/identity-numbers'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { callDreamPlan, data, makePolicy, YEAR } from '../dream-plan/dream-plan-kit'
import { applyIn, callReview, codeOf, endPublicity, inBatches, makeCrew, newBatchNo, reach, stored, STREET, type Crew, type Submitted } from './review-kit'

let crew: Crew
const cb = suiteCloudbase({ reset: 'once', policy: () => makePolicy('open', { publicityDays: 7 }), seed: async (cb) => {
  crew = await makeCrew(cb)
} })

const DAY = 86_400_000
const approvedApps = (n: number) =>
  inBatches(Array.from({ length: n }), 3, async () => {
    const app = await applyIn(cb, STREET)
    await reach(cb, crew, app, 'approved')
    return app
  })

/** The application documents and the articles, to prove a refused call changed nothing. */
async function picture(ids: string[]): Promise<string> {
  const docs = await Promise.all(ids.map((id) => stored(cb, id)))
  const articles = (await cb.sdk.database().collection('articles').limit(1000).get()).data
  const batches = (await cb.sdk.database().collection('dreamPlanPayBatches').limit(1000).get()).data
  return JSON.stringify({ docs, articles, batches })
}

test('publish: an article in 通知公告 with masked names, employer, school and level; 公示中 for the owners', async () => {
  const apps = await approvedApps(3)
  const ids = apps.map((a) => a.id)
  const res = await callReview(cb, 'publish', { ids }, crew.district)
  expect(res.status).toBe(200)
  const result = data(res)
  expect(result.count).toBe(3)
  expect(Date.parse(result.endsAt) - Date.parse(result.startsAt)).toBe(7 * DAY)
  expect(Math.abs(Date.parse(result.startsAt) - Date.now())).toBeLessThan(60_000)

  const { data: [article] } = await cb.sdk.database().collection('articles').doc(result.articleId).get()
  expect(article).toMatchObject({ channel: '通知公告' })
  const text = JSON.stringify(article)
  const listRows = (article.blocks as { text?: string }[]).map((b) => b.text ?? '').filter((t) => /^\d+\. /.test(t))
  expect(listRows).toHaveLength(3)
  for (const a of apps) {
    expect(text).toContain(maskName(a.form.personal.name))
    expect(text).toContain(a.form.work.employer)
    expect(text).toContain(a.form.education.school)
    expect(text).toContain(a.form.education.level)
    // No full name, no numbers.
    expect(text).not.toContain(a.form.personal.name)
    for (const secret of [a.form.personal.idNumber, a.form.personal.mobile, a.form.bank.cardNumber]) expect(text).not.toContain(secret)
    // The ID's last four are looked for in the list's rows: as four digits they may also be the
    // notice's year or dates ("2026" was once a random ID's tail).
    for (const row of listRows) expect(row).not.toContain(a.form.personal.idNumber.slice(-4))
  }
  // The app's 通知公告 feed lists it.
  const feed = await cb.call<{ items: { id: string }[] }>('content', { action: 'listArticles', channel: '通知公告' })
  expect(feed.body.ok && feed.body.data.items.map((i) => i.id)).toContain(result.articleId)

  for (const a of apps) {
    const doc = await stored(cb, a.id)
    expect(doc.status).toBe('approved')
    expect(doc.publicity).toEqual({ startsAt: result.startsAt, endsAt: result.endsAt, articleId: result.articleId })
    const mine = data(await callDreamPlan(cb, 'listMine', {}, a.openid))
    expect(mine.items.find((i) => i.id === a.id)).toMatchObject({ status: 'approved', inPublicity: true })
    expect(data(await callDreamPlan(cb, 'getMine', { id: a.id }, a.openid))).toMatchObject({ status: 'approved', inPublicity: true })
  }
  // Once the period is over, no longer 公示中.
  await endPublicity(cb, [apps[0].id])
  expect(data(await callDreamPlan(cb, 'getMine', { id: apps[0].id }, apps[0].openid)).inPublicity).toBeFalsy()
})

test('publish refuses the whole list when any is not approved or already published; nothing changes', async () => {
  const apps = await approvedApps(2)
  const notYet = await applyIn(cb, STREET)
  await reach(cb, crew, notYet, 'in_review:district')
  const all = [...apps.map((a) => a.id), notYet.id]
  const before = await picture(all)
  const res = await callReview(cb, 'publish', { ids: all }, crew.district)
  expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  expect(await picture(all)).toBe(before)

  data(await callReview(cb, 'publish', { ids: apps.map((a) => a.id) }, crew.district))
  const published = await picture(all)
  const again = await callReview(cb, 'publish', { ids: apps.map((a) => a.id) }, crew.district)
  expect({ status: again.status, code: codeOf(again) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  // One already published among new ones: refused too.
  const fresh = await approvedApps(1)
  const mixed = await callReview(cb, 'publish', { ids: [fresh[0].id, apps[0].id] }, crew.district)
  expect({ status: mixed.status, code: codeOf(mixed) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  expect(await picture(all)).toBe(published)
  expect((await stored(cb, fresh[0].id)).publicity).toBeUndefined()
})

test('pay: refused during 公示; after it, paid once with history and notice; the same batch again changes nothing', async () => {
  const apps = await approvedApps(3)
  const ids = apps.map((a) => a.id)
  data(await callReview(cb, 'publish', { ids }, crew.district))
  const batchNo = newBatchNo()
  const input = { ids, batchNo, paidAt: '2026-07-01' }

  // Still in its 公示 period.
  const during = await picture(ids)
  const early = await callReview(cb, 'pay', input, crew.finance)
  expect({ status: early.status, code: codeOf(early) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  expect(await picture(ids)).toBe(during)

  await endPublicity(cb, ids)
  const before = await Promise.all(ids.map((id) => stored(cb, id)))
  const res = await callReview(cb, 'pay', input, crew.finance)
  expect(res.status).toBe(200)
  expect(data(res)).toMatchObject({ batchNo, paidAt: '2026-07-01', paid: 3, alreadyPaid: 0, amount: 3 * 2500 })
  for (const b of before) {
    const a = await stored(cb, b._id)
    expect(a).toMatchObject({ status: 'paid', payment: { batchNo, paidAt: '2026-07-01' }, version: b.version + 1, noticesPending: (b.noticesPending ?? 0) + 1 })
    expect(a.history).toHaveLength(b.history.length + 1)
    expect(a.history[a.history.length - 1]).toMatchObject({ from: 'approved', to: 'paid', by: { role: 'finance', staffId: crew.finance } })
    expect(a.notices![a.notices!.length - 1]).toMatchObject({ id: `${b._id}:${b.history.length}`, status: 'paid', state: 'pending', attempts: 0 })
  }
  const mine = data(await callDreamPlan(cb, 'getMine', { id: apps[0].id }, apps[0].openid))
  expect(mine.status).toBe('paid')
  expect(mine.timeline.map((t) => t.status).slice(-2)).toEqual(['approved', 'paid'])

  // The same batch again: answered, nothing changes.
  const paid = await picture(ids)
  const again = await callReview(cb, 'pay', input, crew.finance)
  expect(again.status).toBe(200)
  expect(data(again)).toMatchObject({ batchNo, paid: 0, alreadyPaid: 3, amount: 3 * 2500 })
  expect(await picture(ids)).toBe(paid)

  // The batch number for other applications: CONFLICT, nothing changes.
  const others = await approvedApps(1)
  data(await callReview(cb, 'publish', { ids: [others[0].id] }, crew.district))
  await endPublicity(cb, [others[0].id])
  const all = [...ids, others[0].id]
  const beforeReuse = await picture(all)
  for (const reused of [[others[0].id], [...ids, others[0].id], ids.slice(0, 2)]) {
    const res2 = await callReview(cb, 'pay', { ids: reused, batchNo, paidAt: '2026-07-01' }, crew.finance)
    expect({ ids: reused.length, status: res2.status, code: codeOf(res2) }).toEqual({ ids: reused.length, status: 409, code: 'CONFLICT' })
  }
  expect(await picture(all)).toBe(beforeReuse)

  // A paid application in a new batch: WRONG_STATE.
  const paidAgain = await callReview(cb, 'pay', { ids: [ids[0]], batchNo: newBatchNo(), paidAt: '2026-07-02' }, crew.finance)
  expect({ status: paidAgain.status, code: codeOf(paidAgain) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  expect(await picture(all)).toBe(beforeReuse)
})

test('pay refuses an approved application never published, and any list with one; nothing changes', async () => {
  const [published, unpublished] = await approvedApps(2)
  data(await callReview(cb, 'publish', { ids: [published.id] }, crew.district))
  await endPublicity(cb, [published.id])
  const ids = [published.id, unpublished.id]
  const before = await picture(ids)
  for (const list of [[unpublished.id], ids]) {
    const res = await callReview(cb, 'pay', { ids: list, batchNo: newBatchNo(), paidAt: '2026-07-01' }, crew.finance)
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 409, code: 'WRONG_STATE' })
  }
  expect(await picture(ids)).toBe(before)
})

test('stats count what was paid against the budget', async () => {
  const apps: Submitted[] = await approvedApps(2)
  const ids = apps.map((a) => a.id)
  data(await callReview(cb, 'publish', { ids }, crew.district))
  await endPublicity(cb, ids)
  const before = data(await callReview(cb, 'stats', { year: YEAR }, crew.finance))
  data(await callReview(cb, 'pay', { ids, batchNo: newBatchNo(), paidAt: '2026-07-01' }, crew.finance))
  const after = data(await callReview(cb, 'stats', { year: YEAR }, crew.finance))
  expect(after.paidAmount - before.paidAmount).toBe(5000)
  expect(after.byStatus.paid - before.byStatus.paid).toBe(2)
  expect(after.byStatus.approved - before.byStatus.approved).toBe(-2)
  expect(after.budget).toBe(100000)
})
