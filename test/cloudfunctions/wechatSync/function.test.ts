// The deployed shape of the sync: the `wechatSync` function, run by its daily timer with the
// account's credentials from its environment, and on demand by a publisher or an admin; nobody else
// may run it (401 without an openid unless the platform's timer event calls, 403 for other roles).
import type { ArticleDoc } from '../../../contracts/content/article'
import type { SyncSummary } from '../../../cloudfunctions/wechatSync/sync'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { putStaff } from '../review/review-kit'
import { article, newsItem } from './mp-fixtures'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
}, 60_000)
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

test('the daily timer syncs the account', async () => {
  cb.local.mp.setArticles([article('T1', 1_733_100_000, [newsItem('定时同步的文章', ['t1.png'], 0)])])
  const result = await cb.fireTimer<{ ok: true; data: SyncSummary }>('wechatSync')
  expect(result).toMatchObject({ ok: true, data: { listed: 1, imported: 1, failed: [] } })
  const docs = (await cb.sdk.database().collection('articles').get()).data as ArticleDoc[]
  expect(docs.map((d) => d.title)).toEqual(['定时同步的文章'])
})

test('on demand: a publisher or an admin may run it; anonymous callers, workers, editors and other staff may not', async () => {
  cb.local.mp.setArticles([article('T2', 1_733_100_000, [newsItem('按需同步的文章', [], 1)])])
  await putStaff(cb, 'o-admin-sync', ['admin'])
  await putStaff(cb, 'o-publisher-sync', ['publisher'])
  await putStaff(cb, 'o-editor-sync', ['editor'])
  await putStaff(cb, 'o-street-sync', ['street_reviewer'], ['福田'])
  // Without an openid only the timer's event runs it: a made-up one through the gateway is refused.
  const anonymous = await cb.call('wechatSync', { action: 'sync', Type: 'Manual' })
  expect(anonymous.status).toBe(401)
  for (const who of ['o-worker-sync', 'o-editor-sync', 'o-street-sync']) {
    const res = await cb.call('wechatSync', { action: 'sync' }, who)
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '此操作仅限审核发布、管理员人员' } })
  }
  expect((await cb.sdk.database().collection('articles').count()).total).toBe(0)
  const res = await cb.call<SyncSummary>('wechatSync', { action: 'sync' }, 'o-publisher-sync')
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ ok: true, data: { imported: 1 } })
  const again = await cb.call<SyncSummary>('wechatSync', { action: 'sync' }, 'o-admin-sync')
  expect(again.body).toMatchObject({ ok: true, data: { listed: 1, imported: 0, fetched: 0 } })
})

test('a fresh local CloudBase holds the two 示例 articles, so the sync can be tried at once', async () => {
  const result = await cb.fireTimer<{ ok: true; data: SyncSummary }>('wechatSync')
  expect(result).toMatchObject({ ok: true, data: { listed: 2, imported: 2, failed: [] } })
  const titles = ((await cb.sdk.database().collection('articles').get()).data as ArticleDoc[]).map((d) => d.title).sort()
  expect(titles).toEqual(['暖蜂驿站夏季服务时间调整（示例）', '职工书屋新书上架（示例）'])
})
