// A 街道初审 reviewer on weapp: 工作台 → 全部申请 → an application in their street → 受理, and the
// version conflict: a colleague decides the same application first, and the page says
// 该申请已被其他工作人员处理，请刷新后查看 and changes nothing.
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { dataOf, startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import type { TestCloudbase } from '../helpers/local-cloudbase'

const REVIEWER = 'demo-street'

interface Row {
  id: string
  applicationNo: string
  name: string
  street: string
  status: string
  version: number
}

let cb: TestCloudbase
let app: WeappApp | undefined
let waiting: Row[]
beforeAll(async () => {
  cb = await startSeededCloudbase({ applications: true })
  const queue = await dataOf<{ items: Row[] }>(cb, 'dreamPlanReview', { action: 'queue', filter: { status: ['submitted'] }, limit: 100 }, REVIEWER)
  waiting = queue.items
  expect(waiting.length).toBeGreaterThanOrEqual(2)
})
afterAll(async () => {
  await cb?.stop()
})
afterEach(() => {
  app?.close()
  app = undefined
})

async function openReview(row: Row) {
  app = await launchWeapp({ cloudbase: cb, openid: REVIEWER, entry: 'packages/staff/pages/home/index' })
  const home = app.current
  await waitUntilShown(home, '按状态')
  await home.tap('全部申请')
  const queue = await app.waitForPage('packages/staff/pages/queue/index')
  await waitUntilShown(queue, row.applicationNo)
  await queue.tap(row.applicationNo)
  const review = await app.waitForPage('packages/staff/pages/review/index')
  expect(review.query.id).toBe(row.id)
  await waitUntilShown(review, `审核的是第 ${row.version} 版`)
  return review
}

test('工作台 → queue → review → 受理', async () => {
  const row = waiting[0]
  const review = await openReview(row)
  await review.tap(/^受理$/)
  await review.waitForText('确认受理')
  await review.tap('确认受理')
  await review.waitForText(`审核的是第 ${row.version + 1} 版`)
  const after = await dataOf<{ status: string; version: number }>(cb, 'dreamPlanReview', { action: 'get', id: row.id }, REVIEWER)
  expect(after).toMatchObject({ status: 'in_review', version: row.version + 1 })
  app!.recorder.assertNoProblems()
})

test('a colleague decided first: the reviewer reads the conflict message and nothing changes', async () => {
  const row = waiting[1]
  const review = await openReview(row)
  // The colleague, on another phone, accepts the same version first.
  await dataOf(cb, 'dreamPlanReview', { action: 'decide', id: row.id, version: row.version, decision: 'accept' }, REVIEWER)
  await review.tap(/^受理$/)
  await review.waitForText('确认受理')
  await review.tap('确认受理')
  await review.waitForText('该申请已被其他工作人员处理，请刷新后查看')
  const after = await dataOf<{ version: number }>(cb, 'dreamPlanReview', { action: 'get', id: row.id }, REVIEWER)
  expect(after.version).toBe(row.version + 1)
  app!.recorder.assertNoProblems()
})
