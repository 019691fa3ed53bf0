// The 公众号 sync against the local CloudBase's stand-in for WeChat's publishing API: first sync,
// a rerun with no change, an edited article, a deleted one, token expiry, the 45009 quota, a
// partial failure retried, and a run killed with SIGKILL that the next run completes.
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { ArticleDoc } from '../../../contracts/content/article'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET } from '../../../local-cloudbase/wechat/mp-articles'
import { MP_PREFIX } from '../../../local-cloudbase/wechat/mp-routes'
import { MpClient } from '../../../cloudfunctions/wechatSync/mp-client'
import { runSync, type SyncRecord } from '../../../cloudfunctions/wechatSync/sync'
import { eventually } from '../../helpers/eventually'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { article, manyArticles, newsItem } from './mp-fixtures'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

const creds = () => ({ appId: LOCAL_MP_APPID, secret: LOCAL_MP_SECRET, base: `${cb.url}${MP_PREFIX}` })
const sync = () => runSync(cb.sdk, new MpClient(cb.sdk, creds()), { channel: '工会动态', source: '福田区总工会' })
const articles = async () => ((await cb.sdk.database().collection('articles').limit(1000).get()).data as ArticleDoc[]).sort((a, b) => a.sourceKey.localeCompare(b.sourceKey))
const records = async () => (await cb.sdk.database().collection('wechatSyncArticles').limit(1000).get()).data as SyncRecord[]
const apiCalls = () => cb.local.mp.calls.filter((c) => c !== 'token')

const ACCOUNT = () => [
  article('A1', 1_733_000_000, [newsItem('工会姐上新了', ['a1.png'], 0)]),
  article('A2', 1_733_000_100, [newsItem('职工子女托管班开班', ['a2.png', 'a2b.png'], 1), newsItem('工会小讲堂第90期', [], 2)]),
  article('A3', 1_733_000_200, [newsItem('户外劳动者驿站开放', [], 3)]),
]

test('the first sync stores every article item, pictures re-hosted, chrome dropped', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  const summary = await sync()
  expect(summary).toMatchObject({ listed: 3, fetched: 3, imported: 4, updated: 0, withdrawn: 0, failed: [] })
  const docs = await articles()
  expect(docs.map((d) => d.sourceKey)).toEqual(['wechat-A1-0', 'wechat-A2-0', 'wechat-A2-1', 'wechat-A3-0'])
  const a2 = docs[1]
  expect(a2).toMatchObject({ title: '职工子女托管班开班', channel: '工会动态', source: '福田区总工会', byline: '永靖县总工会', publishedAt: new Date(1_733_000_100_000).toISOString() })
  const images = a2.blocks.filter((b) => b.type === 'image')
  expect(images).toHaveLength(2)
  for (const image of images) expect(image).toMatchObject({ src: expect.stringMatching(/^cloud:\/\/.+\/wechat\/A2\//), caption: '职工子女托管班开班现场' })
  expect(a2.blocks).toContainEqual({ type: 'heading', text: '工会小讲堂' })
  expect(JSON.stringify(a2.blocks)).not.toContain('编辑：工会宣传部')
  expect(JSON.stringify(docs)).not.toContain(cb.url)
})

test('a rerun with no change fetches nothing and changes nothing', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  await sync()
  const before = await articles()
  cb.local.mp.calls = []
  const summary = await sync()
  expect(summary).toMatchObject({ listed: 3, fetched: 0, imported: 0, updated: 0, withdrawn: 0 })
  expect(apiCalls()).toEqual(['batchget'])
  expect(await articles()).toEqual(before)
})

test('an edited article (newer update_time) is updated in place', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  await sync()
  const before = (await articles()).find((d) => d.sourceKey === 'wechat-A1-0')!
  const edited = ACCOUNT()
  edited[0] = article('A1', 1_733_000_900, [newsItem('工会姐上新了（更正）', ['a1.png'], 0)])
  cb.local.mp.setArticles(edited)
  const summary = await sync()
  expect(summary).toMatchObject({ fetched: 1, updated: 1, imported: 0 })
  const after = (await articles()).find((d) => d.sourceKey === 'wechat-A1-0')!
  expect(after).toMatchObject({ _id: before._id, title: '工会姐上新了（更正）' })
})

test('an article deleted on the 公众号 is withdrawn here', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  await sync()
  const account = ACCOUNT()
  account[1].is_deleted = true
  cb.local.mp.setArticles(account)
  const summary = await sync()
  expect(summary.withdrawn).toBe(1)
  expect((await articles()).map((d) => d.sourceKey)).toEqual(['wechat-A1-0', 'wechat-A3-0'])
  expect((await records()).find((r) => r._id === 'A2')).toMatchObject({ status: 'withdrawn' })
  const channel = (await cb.sdk.database().collection('channels').doc('工会动态').get()).data[0] as { articleCount: number }
  expect(channel.articleCount).toBe(2)
})

test('an expired or invalidated access_token is refreshed once and the run completes', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  await sync()
  cb.local.mp.setArticles([...ACCOUNT(), article('A4', 1_733_000_300, [newsItem('新文章', [], 4)])])
  cb.local.mp.expireTokens()
  cb.local.mp.calls = []
  const summary = await sync()
  expect(summary).toMatchObject({ imported: 1, failed: [] })
  // 42001 on the first call, a new token, then the calls succeed with it.
  expect(cb.local.mp.calls.slice(0, 3)).toEqual(['batchget', 'token', 'batchget'])
})

test('45009 stops the run politely; the next run carries on where it stopped', async () => {
  cb.local.mp.setArticles(ACCOUNT())
  // The list and one getarticle succeed, then the quota is used up.
  cb.local.mp.injectFaults(45009, 1, 2)
  const first = await sync()
  expect(first).toMatchObject({ stoppedBy: 'rate-limit', fetched: 1, imported: 1 })
  expect((await articles()).map((d) => d.sourceKey)).toEqual(['wechat-A1-0'])
  const second = await sync()
  expect(second.stoppedBy).toBeUndefined()
  expect(second).toMatchObject({ fetched: 2, imported: 3 })
  expect(await articles()).toHaveLength(4)
})

test('an article that fails is recorded with its reason and retried by the next run; the others sync', async () => {
  const account = ACCOUNT()
  account[0] = article('A1', 1_733_000_000, [newsItem('工会姐上新了', ['missing-a1.png'], 0)])
  cb.local.mp.setArticles(account)
  const first = await sync()
  expect(first.failed).toEqual([{ articleId: 'A1', reason: expect.stringMatching(/^图片下载失败（HTTP 404）：/) }])
  expect(first.imported).toBe(3)
  expect((await records()).find((r) => r._id === 'A1')).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringContaining('图片下载失败') })
  expect((await articles()).some((d) => d.sourceKey === 'wechat-A1-0')).toBe(false)

  // Still failing: the attempt is counted again.
  await sync()
  expect((await records()).find((r) => r._id === 'A1')).toMatchObject({ status: 'failed', attempts: 2 })

  // Fixed on WeChat's side (same update_time): the retry stores it.
  cb.local.mp.setArticles(ACCOUNT())
  const third = await sync()
  expect(third).toMatchObject({ fetched: 1, imported: 1, failed: [] })
  expect((await records()).find((r) => r._id === 'A1')).toMatchObject({ status: 'synced', attempts: 0 })
})

test('a run killed with SIGKILL mid-way is completed by the next run, without duplicates or losses', async () => {
  const account = manyArticles(40)
  cb.local.mp.setArticles(account)
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'sync-once.ts'), cb.url], { stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  // Wait for the run to be part-way (some articles stored), then kill it without warning.
  const stored = async () => (await cb.sdk.database().collection('articles').count()).total as number
  await eventually(stored, { timeoutMs: 120_000 }).toBeGreaterThanOrEqual(3)
  child.kill('SIGKILL')
  await exited
  // It really was cut off part-way.
  expect((await cb.sdk.database().collection('articles').count()).total).toBeLessThan(40)

  const summary = await sync()
  expect(summary.failed).toEqual([])
  const docs = await articles()
  expect(docs.map((d) => d.sourceKey)).toEqual(account.map((a) => `wechat-${a.article_id}-0`).sort())
  expect((await records()).filter((r) => r.status === 'synced')).toHaveLength(40)
}, 180_000)
