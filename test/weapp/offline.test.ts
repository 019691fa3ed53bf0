// Reading offline in the mini-program build: a worker opens 首页 and an article with a network, then
// the connection goes (a lift, a car park) — cut on the stand-ins the way WeChat fails: callFunction
// and downloadFile fail with `request:fail`, getNetworkType says 'none', onNetworkStatusChange
// fires. The feed and the articles (also ones only seen on the first page) still read, pictures
// from the user data folder, under 离线 · 上次更新 …; the app's storage stays within WeChat's limits
// (1 MB a key, 10 MB in all: the storage stand-in would refuse more, so here we measure what the
// app uses); and when the 30-article limit is passed the oldest go first, favourites stay.
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import { wxAttribute } from '../helpers/weapp/gestures'
import { USER_DATA_PATH } from '../helpers/weapp/wx/file-system'
import { MAX_ITEM_BYTES, MAX_TOTAL_BYTES } from '../helpers/weapp/wx/storage'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'
import { makeArticle } from '../helpers/article-factory'
import { eventually } from '../helpers/eventually'

// A 2×2 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63f8cfc0f09f81818181e1ff7f06000e3a03fd7cbe1ad20000000049454e44ae426082', 'hex')
const PREFIX = 'futian.offline.'
const BANNER = /离线 · 上次更新 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/

let cb: TestCloudbase
let app: WeappApp | undefined
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(async () => {
  await cb?.stop()
})
afterEach(() => {
  app?.close()
  app = undefined
})

async function addArticles(docs: ReturnType<typeof makeArticle>[]): Promise<string[]> {
  const ids: string[] = []
  for (const doc of docs) ids.push(((await cb.sdk.database().collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id)
  return ids
}

/** The app's offline keys in the phone's storage, with each one's size as WeChat counts it. */
function offlineKeys(a: WeappApp): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const [k, v] of a.storage.items) if (k.startsWith(PREFIX)) sizes.set(k.slice(PREFIX.length), Buffer.byteLength(k) + Buffer.byteLength(v))
  return sizes
}

/** Whether the user data folder holds `filePath` (asked through the file system stand-in). */
function fileExists(a: WeappApp, filePath: string): Promise<boolean> {
  const fs = (a.standIn.wx.getFileSystemManager as () => { getFileInfo: (o: object) => void })()
  return new Promise((resolve) => fs.getFileInfo({ filePath, success: () => resolve(true), fail: () => resolve(false) }))
}

test('opened or seen on the first page: the feed and the article read with the network cut, pictures from the user data folder', async () => {
  await cb.reset()
  const { fileID } = await cb.sdk.uploadFile({ cloudPath: 'offline-test/picture.png', fileContent: PNG })
  const imageUrl = (await cb.sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 86_400 }] })).fileList[0].tempFileURL
  const ids = await addArticles([
    makeArticle({ title: '暖蜂驿站新增二十处', publishedAt: '2026-11-03T02:00:00.000Z', blocks: [{ type: 'paragraph', text: '外卖骑手可以在驿站歇脚、充电、喝水。' }, { type: 'image', src: imageUrl, caption: '新建的暖蜂驿站' }] }),
    makeArticle({ title: '职工书屋开放时间调整', publishedAt: '2026-11-02T02:00:00.000Z' }),
    makeArticle({ title: '工会大食堂本周菜单', publishedAt: '2026-11-01T02:00:00.000Z' }),
    // Pinned: a headline of 首页.
    makeArticle({ title: '置顶：圆梦计划开始申请', publishedAt: '2026-01-05T02:00:00.000Z', pinnedRank: 0 })
  ])

  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-offline' })
  const home = app.current
  await waitUntilShown(home, '工会大食堂本周菜单')
  // Opened: the second article.
  await home.tap('职工书屋开放时间调整')
  const opened = await app.waitForPage('pages/article/index')
  await waitUntilShown(opened, '收藏')
  expect(opened.text()).not.toMatch(/离线/)

  // Kept while online: the channel's first page, its headlines and their articles (fetched ahead),
  // the picture in the user data folder.
  const a = app
  const lists = [`l.${encodeURIComponent('工会动态')}`, `l.${encodeURIComponent('headlines/工会动态')}`]
  await eventually(() => [...offlineKeys(a).keys()].sort()).toEqual([...ids.map((id) => `a.${id}`), 'index', ...lists].sort())
  const saves = a.recorder.callsOf('FileSystemManager.saveFile').map((c) => (c.args[0] as { filePath: string }).filePath)
  expect(saves).toHaveLength(1)
  expect(saves[0].startsWith(`${USER_DATA_PATH}/`)).toBe(true)
  // Fetching ahead is not reading: only the opened article has a view.
  const { data: read } = await cb.sdk.database().collection('articles').where({ viewCount: cb.sdk.database().command.gt(0) }).get()
  expect(read.map((d: { _id: string }) => d._id)).toEqual([ids[1]])

  // The connection goes.
  const heard: unknown[] = []
  ;(a.standIn.wx.onNetworkStatusChange as (l: (r: unknown) => void) => void)((r) => heard.push(r))
  a.standIn.network.cut()
  await eventually(() => heard).toEqual([{ isConnected: false, networkType: 'none' }])
  expect(await (a.standIn.wx.getNetworkType as () => Promise<{ networkType: string }>)()).toMatchObject({ networkType: 'none' })

  // WeChat relaunches the app on 首页 (a worker coming back to it in a lift): the kept feed.
  const offlineHome = await a.reLaunchTo('/pages/index/index')
  await waitUntilShown(offlineHome, BANNER)
  for (const title of ['暖蜂驿站新增二十处', '职工书屋开放时间调整', '工会大食堂本周菜单']) expect(offlineHome.text()).toContain(title)
  // The pinned one twice: among the headlines (kept on their own) and in the feed.
  expect(offlineHome.text().split('置顶：圆梦计划开始申请').length - 1).toBe(2)
  expect(offlineHome.text()).not.toContain('重试')
  expect(offlineHome.text()).not.toContain('头条暂时无法加载')
  // The calls failed as WeChat fails them, and the app read that as "no network".
  const failedCalls = a.recorder.callsOf('cloud.callFunction').length
  expect(failedCalls).toBeGreaterThan(0)

  // Never opened, only seen on the first page: it reads, with its picture from the user data folder.
  await offlineHome.tap('暖蜂驿站新增二十处')
  const article = await a.waitForPage('pages/article/index')
  await waitUntilShown(article, BANNER)
  expect(article.text()).toContain('外卖骑手可以在驿站歇脚')
  expect(article.text()).not.toContain('重试')
  const images = [...article.component.dom.querySelectorAll('wx-image')].map((el) => wxAttribute(el, 'src') ?? '')
  const kept = images.filter((src) => src.startsWith(`${USER_DATA_PATH}/`))
  expect(kept).toHaveLength(1)
  expect(await fileExists(a, kept[0])).toBe(true)
  expect(images).not.toContain(imageUrl)

  // Within WeChat's limits, measured on what the app stored.
  const sizes = [...a.storage.items].map(([k, v]) => Buffer.byteLength(k) + Buffer.byteLength(v))
  expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_ITEM_BYTES)
  expect(sizes.reduce((s, n) => s + n, 0)).toBeLessThanOrEqual(MAX_TOTAL_BYTES)
  a.recorder.assertNoProblems()
})

test('past 30 articles the oldest kept go first, and a favourite stays whatever its age', async () => {
  await cb.reset()
  const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString()
  const [older, favourite] = await addArticles([
    makeArticle({ title: '政务公开：先读的一篇', channel: '政务信息公开', publishedAt: day(0) }),
    makeArticle({ title: '政务公开：收藏的一篇', channel: '政务信息公开', publishedAt: day(1) })
  ])
  const news = await addArticles(Array.from({ length: 20 }, (_, i) => makeArticle({ title: `工会动态第${i + 1}条`, channel: '工会动态', publishedAt: day(10 + i) })))
  const notices = await addArticles(Array.from({ length: 20 }, (_, i) => makeArticle({ title: `通知公告第${i + 1}条`, channel: '通知公告', publishedAt: day(40 + i) })))

  // Read first, straight from share cards: one article, then another that the worker 收藏s.
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-evict', entry: `/pages/article/index?id=${older}` })
  const a = app
  await waitUntilShown(a.current, '政务公开：先读的一篇')
  await eventually(() => offlineKeys(a).has(`a.${older}`)).toBe(true)
  const article = await a.reLaunchTo(`/pages/article/index?id=${favourite}`)
  await waitUntilShown(article, '收藏')
  await article.tap(/^☆?\s*收藏$/)
  await article.waitForText('已收藏')
  const indexEntry = (id: string) => (JSON.parse(a.storage.items.get(`${PREFIX}index`) ?? '[]') as { id: string; favourite: boolean }[]).find((e) => e.id === id)
  await eventually(() => indexEntry(favourite)?.favourite).toBe(true)

  // 首页 (工会动态's first page: 20 more).
  const home = await a.reLaunchTo('/pages/index/index')
  await waitUntilShown(home, '工会动态第20条')
  await eventually(() => news.every((id) => offlineKeys(a).has(`a.${id}`))).toBe(true)

  // 通知公告's first page: 20 more, 42 kept at some point in all.
  await home.tap('通知公告')
  await waitUntilShown(home, '通知公告第20条')
  await eventually(() => notices.every((id) => offlineKeys(a).has(`a.${id}`))).toBe(true)

  // Which survive: the favourite, and the 30 others saved last (each article's last save is its age).
  const lastSave = new Map<string, number>()
  a.recorder.callsOf('setStorageSync').forEach((c, i) => {
    const key = String(c.args[0])
    if (key.startsWith(`${PREFIX}a.`)) lastSave.set(key.slice(PREFIX.length + 2), i)
  })
  expect(lastSave.size).toBe(42)
  const newest30 = [...lastSave].filter(([id]) => id !== favourite).sort((x, y) => y[1] - x[1]).slice(0, 30).map(([id]) => id)
  const expected = [favourite, ...newest30].map((id) => `a.${id}`).sort()
  await eventually(() => [...offlineKeys(a).keys()].filter((k) => k.startsWith('a.')).sort()).toEqual(expected)
  // Concretely: the first read and the first ten of 工会动态 went; the favourite, older than all of
  // them but one, stayed.
  expect(offlineKeys(a).has(`a.${older}`)).toBe(false)
  expect(offlineKeys(a).has(`a.${favourite}`)).toBe(true)
  const byAge = [...lastSave].sort((x, y) => x[1] - y[1]).map(([id]) => id)
  expect(byAge.slice(0, 2)).toEqual([older, favourite])
  const dropped = [...lastSave.keys()].filter((id) => !expected.includes(`a.${id}`))
  expect(dropped.sort()).toEqual([older, ...byAge.slice(2, 12)].sort())
  expect(byAge.slice(2, 12).every((id) => news.includes(id))).toBe(true)
  const index = JSON.parse(a.storage.items.get(`${PREFIX}index`)!) as { id: string }[]
  expect(index.map((e) => `a.${e.id}`).sort()).toEqual(expected)
  a.recorder.assertNoProblems()
})

test('an article too large for one WeChat storage key is not kept (never tried), and the rest are', async () => {
  await cb.reset()
  // ~960 KB of UTF-8 in one paragraph: under WeChat's 1 MB a key only without the JSON around it,
  // over the app's own 900 KB cap for an entry.
  const big = '福田区总工会职工服务。'.repeat(29_000)
  const [large, small] = await addArticles([
    makeArticle({ title: '很长的一篇', publishedAt: '2026-11-03T02:00:00.000Z', blocks: [{ type: 'paragraph', text: big }] }),
    makeArticle({ title: '短的一篇', publishedAt: '2026-11-02T02:00:00.000Z' })
  ])
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-large' })
  const a = app
  await waitUntilShown(a.current, '短的一篇')
  await eventually(() => offlineKeys(a).has(`a.${small}`)).toBe(true)
  // Both were fetched ahead; only the small one was written.
  await eventually(() => a.recorder.callsOf('cloud.callFunction').filter((c) => JSON.stringify(c.args).includes(large)).length).toBe(1)
  expect(offlineKeys(a).has(`a.${large}`)).toBe(false)
  expect(a.recorder.callsOf('setStorageSync').some((c) => String(c.args[0]).endsWith(large))).toBe(false)
  expect(Math.max(...offlineKeys(a).values())).toBeLessThanOrEqual(MAX_ITEM_BYTES)
  a.recorder.assertNoProblems()
})
