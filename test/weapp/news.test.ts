// A worker reads the news on weapp: 首页 → the 通知公告 tab → an article → 收藏 → the share menu's
// 转发 and 分享到朋友圈 (what WeChat receives: title, a path that opens this article, an image in the
// package) and the 分享给好友 button; 我的收藏 lists it; and 搜索 finds it.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { dataOf, seededWeappFile, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'

const weapp = seededWeappFile()

interface Summary {
  id: string
  title: string
}

test('home → 通知公告 → article → 收藏 → share to a chat and to Moments → 我的收藏', async () => {
  const notice = (await dataOf<{ items: Summary[] }>(weapp.cb, 'content', { action: 'listArticles', channel: '通知公告', limit: 1 }, 'demo-worker')).items[0]
  const news = (await dataOf<{ items: Summary[] }>(weapp.cb, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, 'demo-worker')).items[0]
  const app = await weapp.launch({ openid: 'o-weapp-reader' })
  const home = app.current
  expect(home.route).toBe('pages/index/index')
  await waitUntilShown(home, news.title)
  // Opening home is one call (channels, headlines and the first page); the articles kept for
  // reading offline are getArticle. Another channel asks for its own headlines and page.
  const actions = () => app.recorder.callsOf('cloud.callFunction').map((c) => (c.args[0] as { data: { action: string } }).data.action)
  expect(actions().filter((action) => action !== 'getArticle')).toEqual(['getHome'])

  await home.tap('通知公告')
  await waitUntilShown(home, notice.title)
  expect(actions().filter((action) => action !== 'getArticle').sort()).toEqual(['getHome', 'listArticles', 'listHeadlines'])
  await home.tap(notice.title)
  const article = await app.waitForPage('pages/article/index')
  expect(article.query.id).toBe(notice.id)
  await waitUntilShown(article, '收藏')

  await article.tap(/^☆?\s*收藏$/)
  await article.waitForText('已收藏')

  const chat = await article.shareAppMessage()
  expect(chat.title).toBe(notice.title)
  expect(chat.path).toBe(`/pages/article/index?id=${notice.id}`)
  expect(typeof chat.imageUrl).toBe('string')
  // The card's picture ships in the package (a path) or is a cloud/https image.
  const image = String(chat.imageUrl)
  if (image.startsWith('/')) expect(existsSync(path.join(app.ctx.root, image))).toBe(true)
  else expect(image).toMatch(/^(https:|cloud:)/)

  const moments = await article.shareTimeline()
  expect(moments.title).toBe(notice.title)
  expect(String(moments.query)).toContain(`id=${notice.id}`)

  // The 分享给好友 button is WeChat's share button: the same card.
  await article.tap('分享给好友')
  expect(app.recorder.problems).toEqual([])

  // 我的 → 我的收藏 lists the article.
  const mine = await app.tapTabBar('我的')
  await waitUntilShown(mine, '我的收藏')
  await mine.tap('我的收藏')
  const favourites = await app.waitForPage('packages/news/pages/favourites/index')
  await waitUntilShown(favourites, notice.title)
  app.recorder.assertNoProblems()
})

test('search from 首页 finds an article and opens it', async () => {
  const article = (await dataOf<{ items: Summary[] }>(weapp.cb, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, 'demo-worker')).items[0]
  const app = await weapp.launch({ openid: 'o-weapp-searcher' })
  const home = app.current
  await waitUntilShown(home, article.title)
  await home.tap('搜索工会资讯')
  const search = await app.waitForPage('packages/news/pages/search/index')
  await waitUntilShown(search, '搜索')
  await search.type('输入关键词', '代表大会')
  await search.tap(/^搜索$/)
  await search.waitForText('的搜索结果')
  await waitUntilShown(search, article.title)
  await search.tap(article.title)
  const opened = await app.waitForPage('pages/article/index')
  await waitUntilShown(opened, '收藏')
  expect(app.recorder.callsOf('cloud.callFunction').map((c) => (c.args[0] as { data: { action: string } }).data.action)).toEqual(
    expect.arrayContaining(['getHome', 'searchArticles', 'getArticle'])
  )
  app.recorder.assertNoProblems()
})
