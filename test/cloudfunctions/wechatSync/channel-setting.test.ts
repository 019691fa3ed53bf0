// Synced articles in the content life cycle: each 公众号 version is a revision written by the sync
// (system:wechatSync); a channel set to 自动发布 (the default) publishes it at once, one set to 需审核
// leaves it in 待审核 for a publisher while readers keep the live version. Deleted on the 公众号 →
// 已下线 with a reason, never deleted; a reappearance comes back under the channel's setting.
import type { ContentItemDoc, RevisionDoc } from '../../../contracts/content-admin/words'
import { CONTENT_ADMIN_COLLECTIONS } from '../../../contracts/content-admin/words'
import type { ArticleDoc } from '../../../contracts/content/article'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET } from '../../../local-cloudbase/wechat/mp-articles'
import { MP_PREFIX } from '../../../local-cloudbase/wechat/mp-routes'
import { MpClient } from '../../../cloudfunctions/wechatSync/mp-client'
import { runSync, type SyncRecord } from '../../../cloudfunctions/wechatSync/sync'
import { refreshChannels } from '../../../importer/save-article'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callAdmin, callReader, codeOf, contentAudit, data, makeContentCrew, type ContentCrew } from '../content-admin/content-admin-kit'
import { article, newsItem } from './mp-fixtures'

let cb: TestCloudbase
let crew: ContentCrew
beforeAll(async () => {
  cb = await startTestCloudbase()
}, 60_000)
afterAll(() => cb.stop())
beforeEach(async () => {
  await cb.reset()
  crew = await makeContentCrew(cb)
})

const SYNC = 'system:wechatSync'
const creds = () => ({ appId: LOCAL_MP_APPID, secret: LOCAL_MP_SECRET, base: `${cb.url}${MP_PREFIX}` })
const sync = () => runSync(cb.sdk, new MpClient(cb.sdk, creds()), { channel: '工会动态', source: '福田区总工会' })
const items = async () => (await cb.sdk.database().collection(CONTENT_ADMIN_COLLECTIONS.items).limit(1000).get()).data as ContentItemDoc[]
const itemOf = async (sourceKey: string) => (await items()).find((i) => i.origin?.sourceKey === sourceKey)!
const live = async (id: string) => (await cb.sdk.database().collection('articles').where({ _id: id }).get()).data[0] as ArticleDoc | undefined
const revision = async (id: string, n: number) => (await cb.sdk.database().collection(CONTENT_ADMIN_COLLECTIONS.revisions).doc(`${id}:${n}`).get()).data[0] as RevisionDoc | undefined
const record = async (id: string) => (await cb.sdk.database().collection('wechatSyncArticles').doc(id).get()).data[0] as SyncRecord | undefined
const setMode = async (autoPublish: boolean) => {
  const { channels } = data(await callAdmin(cb, 'listChannels', {}, crew.publisher))
  const row = channels.find((c) => c.name === '工会动态')
  return data(await callAdmin(cb, 'saveChannel', { name: '工会动态', order: 0, autoPublish, ...(row ? { version: row.version } : {}) }, crew.publisher))
}

// No pictures: a human can re-save these bodies (the editor accepts only files staff uploaded).
const ONE = (time = 1_733_000_000, title = '工会姐上新了') => [article('B1', time, [newsItem(title, [], 0)])]

test('自动发布 (the default): the sync writes revision 1 as its author and publishes it at once', async () => {
  cb.local.mp.setArticles(ONE())
  const summary = await sync()
  expect(summary).toMatchObject({ imported: 1, awaitingReview: 0, failed: [] })
  const item = await itemOf('wechat-B1-0')
  expect(item).toMatchObject({ kind: 'article', state: 'published', revision: 1, liveRevision: 1, editors: [SYNC], origin: { by: 'wechatSync', sourceKey: 'wechat-B1-0' } })
  expect(await live(item._id)).toMatchObject({ title: '工会姐上新了', sourceKey: 'wechat-B1-0', sourceUrl: expect.stringContaining('mp.weixin.qq.com') })
  expect(await revision(item._id, 1)).toMatchObject({ editors: [SYNC], publishedBy: SYNC })
  const verbs = (await contentAudit(cb)).filter((a) => a.target === item._id).map((a) => [a.actor.openid, (a.detail as { verb: string }).verb])
  expect(verbs).toEqual(expect.arrayContaining([[SYNC, 'submit'], [SYNC, 'publish']]))
  // An edit on the 公众号 is published at once too, as revision 2 of the same item.
  cb.local.mp.setArticles(ONE(1_733_000_500, '工会姐上新了（更正）'))
  expect(await sync()).toMatchObject({ updated: 1, awaitingReview: 0 })
  expect(await itemOf('wechat-B1-0')).toMatchObject({ _id: item._id, state: 'published', revision: 2, liveRevision: 2 })
  expect((await live(item._id))!.title).toBe('工会姐上新了（更正）')
})

test('需审核: synced articles wait in 待审核; a publisher publishes them; an edit waits while the live version stays', async () => {
  expect(await setMode(false)).toMatchObject({ name: '工会动态', autoPublish: false })
  cb.local.mp.setArticles(ONE())
  expect(await sync()).toMatchObject({ imported: 1, awaitingReview: 1 })
  const item = await itemOf('wechat-B1-0')
  expect(item).toMatchObject({ state: 'pending', liveRevision: null, editors: [SYNC] })
  expect(await live(item._id)).toBeUndefined()
  expect(codeOf(await callReader(cb, 'getArticle', { id: item._id }))).toBe('ARTICLE_NOT_FOUND')
  // The publisher's queue shows it; publishing is the publisher's own action (four eyes: the sync wrote it).
  const queue = data(await callAdmin(cb, 'list', { kind: 'article', state: 'pending' }, crew.publisher)).items
  expect(queue.map((r) => r.id)).toEqual([item._id])
  const published = data(await callAdmin(cb, 'publish', { id: item._id, version: item.version }, crew.publisher))
  expect(published.state).toBe('published')
  expect(await live(item._id)).toMatchObject({ title: '工会姐上新了', sourceKey: 'wechat-B1-0' })
  data(await callReader(cb, 'getArticle', { id: item._id }))

  // Edited on the 公众号: a new revision in 待审核, readers keep revision 1 (and its read count).
  cb.local.mp.setArticles(ONE(1_733_000_500, '工会姐上新了（更正）'))
  expect(await sync()).toMatchObject({ updated: 1, awaitingReview: 1 })
  const edited = await itemOf('wechat-B1-0')
  expect(edited).toMatchObject({ state: 'pending', revision: 2, liveRevision: 1, title: '工会姐上新了（更正）' })
  expect(await live(item._id)).toMatchObject({ title: '工会姐上新了', viewCount: 1 })
  data(await callAdmin(cb, 'publish', { id: item._id, version: edited.version }, crew.publisher2))
  expect(await live(item._id)).toMatchObject({ title: '工会姐上新了（更正）', viewCount: 1 })
  // A rerun with nothing new changes nothing.
  expect(await sync()).toMatchObject({ fetched: 0, imported: 0, updated: 0, awaitingReview: 0 })
})

test('deleted on the 公众号: 已下线 with the reason, never deleted; readers get 该文章已下线; it may come back', async () => {
  cb.local.mp.setArticles(ONE())
  await sync()
  const item = await itemOf('wechat-B1-0')
  data(await callReader(cb, 'getArticle', { id: item._id }))
  cb.local.mp.setArticles([])
  expect(await sync()).toMatchObject({ withdrawn: 1 })
  expect(await itemOf('wechat-B1-0')).toMatchObject({ _id: item._id, state: 'withdrawn', withdrawReason: '来源已删除该文章', liveRevision: null, counts: { viewCount: 1 } })
  expect(await live(item._id)).toBeUndefined()
  const gone = await callReader(cb, 'getArticle', { id: item._id })
  expect(gone).toMatchObject({ status: 404, body: { ok: false, error: { code: 'ARTICLE_WITHDRAWN', message: '该文章已下线' } } })
  expect((await record('B1'))!.status).toBe('withdrawn')
  expect(await sync()).toMatchObject({ withdrawn: 0 })

  // Back on the 公众号 (restored, same text): published again under the same id, its reads kept.
  cb.local.mp.setArticles(ONE())
  expect(await sync()).toMatchObject({ fetched: 1, updated: 1 })
  expect(await itemOf('wechat-B1-0')).toMatchObject({ _id: item._id, state: 'published', revision: 2, liveRevision: 2 })
  expect(await live(item._id)).toMatchObject({ title: '工会姐上新了', viewCount: 1 })
  expect((await items()).length).toBe(1)
})

test('需审核: an article deleted before review leaves the queue as 已下线; a staff withdrawal outranks later 公众号 edits', async () => {
  await setMode(false)
  cb.local.mp.setArticles([...ONE(), article('B2', 1_733_000_100, [newsItem('职工书屋开放', [], 1)])])
  await sync()
  cb.local.mp.setArticles(ONE())
  expect(await sync()).toMatchObject({ withdrawn: 1 })
  expect(await itemOf('wechat-B2-0')).toMatchObject({ state: 'withdrawn', withdrawReason: '来源已删除该文章', liveRevision: null })
  expect(data(await callAdmin(cb, 'list', { kind: 'article', state: 'pending' }, crew.publisher)).items).toHaveLength(1)

  // A publisher publishes B1, then withdraws it for their own reason; a later edit does not bring it back.
  let b1 = await itemOf('wechat-B1-0')
  b1 = { ...b1, version: data(await callAdmin(cb, 'publish', { id: b1._id, version: b1.version }, crew.publisher)).version }
  data(await callAdmin(cb, 'withdraw', { id: b1._id, version: b1.version, reason: '活动已取消' }, crew.publisher))
  cb.local.mp.setArticles(ONE(1_733_000_900, '工会姐上新了（更正）'))
  expect(await sync()).toMatchObject({ fetched: 1, unchanged: 1, failed: [] })
  expect(await itemOf('wechat-B1-0')).toMatchObject({ state: 'withdrawn', withdrawReason: '活动已取消', title: '工会姐上新了' })
})

test('while staff hold the working copy, a 公众号 edit is recorded as failed and applied by a later run', async () => {
  cb.local.mp.setArticles(ONE())
  await sync()
  const item = await itemOf('wechat-B1-0')
  // An editor starts a new revision of the published article.
  const got = data(await callAdmin(cb, 'get', { id: item._id }, crew.editor))
  const saved = data(await callAdmin(cb, 'save', { id: item._id, kind: 'article', version: got.version, body: { ...got.body, title: '编辑改过的标题' } }, crew.editor))
  cb.local.mp.setArticles(ONE(1_733_000_500, '工会姐上新了（更正）'))
  const held = await sync()
  expect(held.failed).toEqual([{ articleId: 'B1', reason: '工作人员正在处理这篇文章（草稿），来源的修改将在下次同步时再试' }])
  expect(await itemOf('wechat-B1-0')).toMatchObject({ state: 'draft', title: '编辑改过的标题' })
  expect((await live(item._id))!.title).toBe('工会姐上新了')

  // The editor's revision goes through review; the next run applies the 公众号's edit after it.
  const submitted = data(await callAdmin(cb, 'submit', { id: item._id, version: saved.version }, crew.editor))
  data(await callAdmin(cb, 'publish', { id: item._id, version: submitted.version }, crew.publisher))
  expect((await live(item._id))!.title).toBe('编辑改过的标题')
  expect(await sync()).toMatchObject({ fetched: 1, updated: 1, failed: [] })
  expect(await itemOf('wechat-B1-0')).toMatchObject({ state: 'published', revision: 3, editors: [SYNC] })
  expect((await live(item._id))!.title).toBe('工会姐上新了（更正）')
})

test("the importer's channel recount keeps a publisher's order, share image and setting, and never deletes their channel", async () => {
  const shareImage = 'cloud://local.bucket/content/share/image-0123456789abcdef01234567.png'
  data(await callAdmin(cb, 'saveChannel', { name: '工会动态', order: 5, shareImage, autoPublish: false }, crew.publisher))
  data(await callAdmin(cb, 'saveChannel', { name: '职工之家', order: 3 }, crew.publisher))
  // A channel the importer made and that is now empty, beside them.
  await cb.sdk.database().collection('channels').doc('旧栏目').set({ name: '旧栏目', order: 10, articleCount: 2 })
  await cb.sdk.database().collection('articles').add({ sourceKey: 'page-1', title: '一篇', channel: '工会动态', publishedAt: '2026-01-01T00:00:00.000Z', source: '福田区总工会', summary: '', blocks: [], attachments: [], searchTerms: [] })
  await refreshChannels(cb.sdk, ['工会动态', '职工之家', '旧栏目'])
  const rows = data(await callAdmin(cb, 'listChannels', {}, crew.publisher)).channels
  expect(rows).toEqual([
    // The recount changes counts, not the version a publisher's next save must carry.
    { name: '职工之家', order: 3, articleCount: 0, autoPublish: true, version: 1 },
    { name: '工会动态', order: 5, articleCount: 1, shareImage, autoPublish: false, version: 1 },
  ])
  // Saving without the setting keeps it.
  expect(data(await callAdmin(cb, 'saveChannel', { name: '工会动态', order: 4, shareImage, version: 1 }, crew.publisher))).toMatchObject({ order: 4, autoPublish: false, version: 2 })
})

test('only a publisher sets a channel to 需审核; a bad setting is refused with the field named', async () => {
  expect((await callAdmin(cb, 'saveChannel', { name: '工会动态', order: 0, autoPublish: false }, crew.editor)).status).toBe(403)
  const bad = await callAdmin(cb, 'saveChannel', { name: '工会动态', order: 0, autoPublish: '否' }, crew.publisher)
  expect(bad.status).toBe(400)
  expect(bad.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { autoPublish: '自动发布须为是或否' } } })
  expect((await cb.sdk.database().collection('channels').get()).data).toEqual([])
})
