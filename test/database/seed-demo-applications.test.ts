// The 圆梦计划 demo applications of the first `npm start`: submitted and reviewed through the real
// functions, with a spread the staff personas can try (a queue, a chart, a 公示), demo data that is
// valid and says it is demo, and failures that name the call and code but no personal data.
import type { ArticleDetail, ArticleSummary } from '../../contracts/content/article'
import type { ApplicationStatus, ApplicationSummary } from '../../contracts/dream-plan/application'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { checkCardNumber, checkCreditCode, checkIdNumber, checkMobile, maskName } from '../../contracts/dream-plan/identity-numbers'
import type { QueueResult, ReviewDetail, StatsResult } from '../../contracts/dream-plan/review'
import { DEMO_PERSONAS } from '../../contracts/staff/demo-personas'
import { DEMO_REASONS, demoApplicants, demoReviewerStreets } from '../../database/seed/dream-plan/demo-applicants'
import { DemoSeedError, seedDemoApplications, type DemoApplicationsResult } from '../../database/seed/dream-plan/seed-demo-applications'
import { seedDreamPlan } from '../../database/seed/dream-plan/seed-dream-plan'
import { seedDemoContent } from '../../database/seed/seed-demo-content'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'

jest.setTimeout(120_000)

const persona = (openid: string) => DEMO_PERSONAS.find((p) => p.openid === openid)!.openid
const STREET = persona('demo-street')
const DISTRICT = persona('demo-district')
const FINANCE = persona('demo-finance')
const ADMIN = persona('demo-admin')

let cb: TestCloudbase
let result: DemoApplicationsResult
let seedMs = 0
beforeAll(async () => {
  cb = await startTestCloudbase()
  await seedDemoContent(cb.sdk)
  const t = Date.now()
  result = await seedDemoApplications(cb.url)
  seedMs = Date.now() - t
  // Reported, not asserted tightly: the first start waits for this.
  console.log(`seedDemoApplications: ${result.applications} applications in ${seedMs} ms`)
})
afterAll(() => cb.stop())

const applications = () => cb.local.store.all('dreamPlanApplications') as unknown as ApplicationDoc[]
async function ok<T>(fn: string, body: object, openid?: string): Promise<T> {
  const res = await cb.call<T>(fn, body, openid)
  if (!res.body.ok) throw new Error(`${fn} ${JSON.stringify(body)} → ${res.status} ${res.body.error.code}`)
  return res.body.data
}

test('the demo applicants are valid, deterministic and obviously demo', () => {
  const list = demoApplicants()
  expect(demoApplicants()).toEqual(list)
  expect(list).toHaveLength(24)
  expect(list.map((a) => a.openid)).toEqual(list.map((_, i) => `demo-applicant-${String(i + 1).padStart(2, '0')}`))
  expect(list.map((a) => a.openid)).not.toContain('demo-worker')
  for (const a of list) {
    expect(a.personal.name).toMatch(/^[\u4e00-\u9fa5]示例$/)
    expect(checkIdNumber(a.personal.idNumber)).toBeNull()
    expect(checkMobile(a.personal.mobile)).toBeNull()
    expect(a.personal.mobile).toMatch(/^1380000\d{4}$/)
    expect(checkCreditCode(a.work.creditCode)).toBeNull()
    expect(checkCardNumber(a.bank.cardNumber)).toBeNull()
    expect(a.bank.accountHolder).toBe(a.personal.name)
    for (const text of [a.work.employer, a.education.school, a.bank.bankName]) expect(text).toContain('示例')
    expect(a.education.studentNumber).toMatch(/^DEMO/)
  }
  for (const values of [list.map((a) => a.personal.idNumber), list.map((a) => a.personal.name), list.map((a) => a.work.employer)]) {
    expect(new Set(values).size).toBe(values.length)
  }
  const streets = new Set(list.map((a) => a.work.street))
  expect(streets.has('福田') && streets.has('莲花')).toBe(true)
  expect(streets.size).toBeGreaterThanOrEqual(6)
  expect(new Set(list.map((a) => a.education.level))).toEqual(new Set(['大专', '本科']))
})

test('24 applications, submitted by the demo applicants through the real functions', () => {
  const docs = applications()
  expect(result.applications).toBe(24)
  expect(docs).toHaveLength(24)
  expect(new Set(docs.map((d) => d.openid))).toEqual(new Set(demoApplicants().map((a) => a.openid)))
  expect(docs.every((d) => !d.applicationNo.startsWith('pending'))).toBe(true)
  // Numbers only sealed, as submit stores them.
  const raw = JSON.stringify(docs)
  for (const a of demoApplicants()) {
    expect(raw).not.toContain(a.personal.idNumber)
    expect(raw).not.toContain(a.bank.cardNumber)
  }
  // Every change has its staff history entry (the real decide wrote it).
  for (const d of docs) expect(d.history.length).toBe(d.version)
  expect(cb.local.store.all('dreamPlanDrafts')).toHaveLength(0)
})

test('the spread: every status but 已发放, each stage of 审核中, returns and rejections with reasons', () => {
  const docs = applications()
  const count = (status: ApplicationStatus, stage?: string) => docs.filter((d) => d.status === status && (stage === undefined || d.stage === stage)).length
  expect(result.byStatus).toEqual({ submitted: 10, in_review: 5, returned: 2, rejected: 2, approved: 5 })
  expect(count('submitted')).toBe(10)
  expect(count('in_review', 'street')).toBe(2)
  expect(count('in_review', 'district')).toBe(3)
  expect(count('returned', 'street')).toBe(1)
  expect(count('returned', 'district')).toBe(1)
  expect(count('rejected', 'street')).toBe(1)
  expect(count('rejected', 'district')).toBe(1)
  expect(count('approved')).toBe(5)
  expect(count('paid')).toBe(0)
  expect(count('withdrawn')).toBe(0)
  for (const d of docs.filter((x) => x.status === 'returned' || x.status === 'rejected')) {
    const reason = d.history[d.history.length - 1].reason
    expect(Object.values(DEMO_REASONS)).toContain(reason)
  }
  // Only the demo street reviewer's streets went past 已提交.
  const reviewer = demoReviewerStreets()
  expect(docs.filter((d) => d.status !== 'submitted').every((d) => reviewer.includes(d.work.street))).toBe(true)
  expect(docs.filter((d) => !reviewer.includes(d.work.street)).length).toBe(8)
})

test('a 公示 of three in 通知公告, in its period, with masked names only', async () => {
  const published = applications().filter((d) => d.publicity)
  expect(published).toHaveLength(3)
  expect(result.published).toBe(3)
  expect(new Set(published.map((d) => d.education.level))).toEqual(new Set(['大专', '本科']))
  const now = Date.now()
  for (const d of published) {
    expect(d.status).toBe('approved')
    expect(d.publicity!.articleId).toBe(result.publicityArticleId)
    expect(Date.parse(d.publicity!.startsAt)).toBeLessThanOrEqual(now)
    expect(Date.parse(d.publicity!.endsAt)).toBeGreaterThan(now)
  }
  const list = await ok<{ items: ArticleSummary[] }>('content', { action: 'listArticles', channel: '通知公告', limit: 50 })
  expect(list.items.map((a) => a.id)).toContain(result.publicityArticleId)
  const article = await ok<ArticleDetail>('content', { action: 'getArticle', id: result.publicityArticleId })
  expect(article.sample).toBe(true)
  const text = JSON.stringify(article)
  for (const d of published) expect(text).toContain(`${maskName(d.personal.name)}　${d.work.employer}`)
  for (const a of demoApplicants()) {
    expect(text).not.toContain(a.personal.name)
    expect(text).not.toContain(a.personal.idNumber)
  }
  // The owners see 公示中.
  const owner = await ok<{ items: ApplicationSummary[] }>('dreamPlan', { action: 'listMine' }, published[0].openid)
  expect(owner.items[0].inPublicity).toBe(true)
})

test("the demo street reviewer's queue: non-empty and only 福田/莲花; the district's: all 24", async () => {
  const mine = await ok<QueueResult>('dreamPlanReview', { action: 'queue', limit: 100 }, STREET)
  expect(mine.items.length).toBe(16)
  expect(new Set(mine.items.map((r) => r.street))).toEqual(new Set(demoReviewerStreets()))
  // Something to do at once: 受理 for 已提交, decisions for 街道初审.
  expect(mine.items.some((r) => r.status === 'submitted')).toBe(true)
  const all = await ok<QueueResult>('dreamPlanReview', { action: 'queue', limit: 100 }, DISTRICT)
  expect(all.items).toHaveLength(24)
  const toDecide = await ok<QueueResult>('dreamPlanReview', { action: 'queue', filter: { status: ['in_review'], stage: 'district' } }, DISTRICT)
  expect(toDecide.items).toHaveLength(3)
  // Finance: three published, none payable yet (the 公示 lasts).
  const ended = await ok<QueueResult>('dreamPlanReview', { action: 'queue', filter: { publicity: 'ended' } }, FINANCE)
  expect(ended.items).toHaveLength(0)
})

test('stats: totals equal the number of applications', async () => {
  const year = applications()[0].year
  const sum = (s: StatsResult) => Object.values(s.byStatus).reduce((a, b) => a + b, 0)
  const district = await ok<StatsResult>('dreamPlanReview', { action: 'stats', year }, ADMIN)
  expect(sum(district)).toBe(24)
  expect(district.byStreet.reduce((a, r) => a + r.total, 0)).toBe(24)
  expect(district.byMonth.reduce((a, m) => a + m.submitted, 0)).toBe(24)
  expect(district.approvedAmount).toBe(5 * 2500)
  expect(district.paidAmount).toBe(0)
  const street = await ok<StatsResult>('dreamPlanReview', { action: 'stats', year }, STREET)
  expect(sum(street)).toBe(16)
})

test('the materials are a real PNG and a real PDF, opened by staff', async () => {
  const id = applications().find((d) => d.status === 'in_review')!._id
  const detail = await ok<ReviewDetail>('dreamPlanReview', { action: 'get', id }, DISTRICT)
  const byKind = Object.fromEntries(detail.materials.map((m) => [m.kind, m]))
  const png = Buffer.from(await (await fetch(byKind.enrolmentProof.url)).arrayBuffer())
  const pdf = Buffer.from(await (await fetch(byKind.tuitionReceipt.url)).arrayBuffer())
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.length).toBe(byKind.enrolmentProof.size)
  expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
  expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
  expect(pdf.length).toBeLessThan(2048)
})

test('running it again changes nothing', async () => {
  const before = JSON.stringify(applications())
  const again = await seedDemoApplications(cb.url)
  expect(again).toMatchObject({ applications: 0, skipped: 'already-seeded' })
  expect(JSON.stringify(applications())).toBe(before)
})

test('a failure names the call and the code, never personal data', async () => {
  // The policy but no demo staff: the applicants submit, the first decision is refused.
  await cb.reset()
  await seedDreamPlan(cb.sdk)
  const err = await seedDemoApplications(cb.url).then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(DemoSeedError)
  const { message, call, code } = err as DemoSeedError
  expect(call).toBe(`dreamPlanReview.decide（${STREET}）`)
  expect(code).toBe('FORBIDDEN')
  expect(message).toContain('dreamPlanReview.decide')
  for (const a of demoApplicants()) {
    for (const value of [a.personal.name, a.personal.idNumber, a.personal.mobile, a.bank.cardNumber]) expect(message).not.toContain(value)
  }
})
