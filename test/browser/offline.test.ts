// Reading offline in the H5 build, in Chromium, over the local CloudBase: the first page of a
// channel and its articles (with their images) are kept in the Cache API while online — without
// counting as reads — and with the network cut (context.setOffline) the feed and the articles read
// from the device with 离线 · 上次更新 … instead of an error; so do the pinned headlines of 首页. A
// reload with no network opens the app from its service worker's shell cache (src/h5-shell/sw.js);
// without the worker Chromium shows its own error page, which the last test shows first.
import type { Page } from 'playwright-core'
import { H5_OUT } from '../../scripts/paths'
import { makeArticle } from '../helpers/article-factory'
import { openHomeWithReplyHeld, SHOTS, settle, visible } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { startTestCloudbase } from '../helpers/local-cloudbase'
import { eventually, until } from '../helpers/eventually'
import path from 'node:path'

// A 2×2 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63f8cfc0f09f81818181e1ff7f06000e3a03fd7cbe1ad20000000049454e44ae426082', 'hex')

const suite = browserFile({ seeded: false })

const keptUrls = (p: Page) => p.evaluate(async () => (await (await caches.open('futian-offline-v1')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search))

test('opened or seen on the first page: readable offline with images, and the feed says 离线 · 上次更新', async () => {
  await suite.cb.reset()
  const db = suite.cb.sdk.database()
  const { fileID } = await suite.cb.sdk.uploadFile({ cloudPath: 'offline-test/picture.png', fileContent: PNG })
  const { fileList } = await suite.cb.sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 86_400 }] })
  const imageUrl = fileList[0].tempFileURL
  const docs = [
    makeArticle({ title: '暖蜂驿站新增二十处', publishedAt: '2026-11-03T02:00:00.000Z', blocks: [{ type: 'paragraph', text: '外卖骑手可以在驿站歇脚、充电、喝水。' }, { type: 'image', src: imageUrl, caption: '新建的暖蜂驿站' }] }),
    makeArticle({ title: '职工书屋开放时间调整', publishedAt: '2026-11-02T02:00:00.000Z' }),
    makeArticle({ title: '工会大食堂本周菜单', publishedAt: '2026-11-01T02:00:00.000Z' })
  ]
  const ids: string[] = []
  for (const doc of docs) ids.push(((await db.collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id)

  const context = await suite.open()
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  // Opened: the second article, straight from a link (so the article page's code is loaded, as it
  // is on a phone); then 返回首页, where the channel's first page is shown.
  await p.goto(suite.cb.url + `/pages/article/index?id=${ids[1]}`)
  await eventually(() => visible(p, 'article-title').innerText()).toBe('职工书屋开放时间调整')
  await visible(p, 'home-link').click()
  await until(async () => expect(await visible(p, 'article-row').count()).toBe(3), 'the feed')

  // Kept while online: the channel's first page, its three articles and the picture.
  await until(async () => {
    const kept = await keptUrls(p)
    expect(kept).toEqual(expect.arrayContaining([...ids.map((id) => `/__offline__/a.${id}`), `/__offline__/l.${encodeURIComponent('工会动态')}`]))
    expect(kept.some((u) => u.includes('offline-test/picture.png'))).toBe(true)
  }, 'the first page kept in the Cache API')
  // Fetching ahead is not reading: only the opened article has a view.
  const { data: counted } = await db.collection('articles').where({ viewCount: db.command.gt(0) }).get()
  expect(counted.map((d: { _id: string }) => d._id)).toEqual([ids[1]])

  await context.setOffline(true)
  await visible(p, 'refresh').click()
  await eventually(() => visible(p, 'offline-banner').innerText()).toMatch(/^离线 · 上次更新 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  expect(await p.locator('[data-testid="error-state"] >> visible=true').count()).toBe(0)
  expect(await visible(p, 'article-row').count()).toBe(3)
  await p.screenshot({ path: path.join(SHOTS, 'offline-feed.png') })

  // Never opened, only seen on the first page: readable, picture included, from the device.
  await visible(p, 'article-row').filter({ hasText: '暖蜂驿站新增二十处' }).click()
  await eventually(() => visible(p, 'article-title').innerText()).toBe('暖蜂驿站新增二十处')
  // The feed's banner stays on the page below (Taro keeps it in the DOM): look inside the article.
  await eventually(() => visible(p, 'article').getByTestId('offline-banner').innerText()).toMatch(/^离线 · 上次更新 /)
  await eventually(() => visible(p, 'article').innerText()).toContain('外卖骑手可以在驿站歇脚')
  const picture = visible(p, 'article-block-image').locator('img')
  await until(async () => {
    const { src, width } = await picture.evaluate((img: HTMLImageElement) => ({ src: img.src, width: img.naturalWidth }))
    expect(src.startsWith('blob:')).toBe(true)
    expect(width).toBe(2)
  }, 'the kept picture shown')
  await settle(p)
  await p.screenshot({ path: path.join(SHOTS, 'offline-article.png') })
  expect(await seriousViolations(p)).toEqual([])

  // Back online: the article comes from the server again, without the banner.
  await context.setOffline(false)
  await p.reload()
  await eventually(() => visible(p, 'article-title').innerText()).toBe('暖蜂驿站新增二十处')
  await visible(p, 'article').waitFor()
  expect(await visible(p, 'article').getByTestId('offline-banner').count()).toBe(0)
})

test('an article both pinned and on the first page is fetched for offline once, not once per list', async () => {
  await suite.cb.reset()
  const db = suite.cb.sdk.database()
  const add = async (doc: ReturnType<typeof makeArticle>) => ((await db.collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id
  const ids = [await add(makeArticle({ title: '置顶：职工书屋开放时间调整', pinnedRank: 0 })), await add(makeArticle({ title: '工会大食堂本周菜单' }))]
  const p = await (await suite.open()).newPage()
  const fetchedAhead: string[] = []
  p.on('request', (request) => {
    const body = JSON.parse(request.postData() ?? '{}') as { action?: string; id?: string; forOffline?: boolean }
    if (body.action === 'getArticle' && body.forOffline && body.id) fetchedAhead.push(body.id)
  })
  // Articles fetched ahead arrive only once both lists are kept, so both start keeping their
  // articles before the first of them is saved: the moment each list once fetched its own copy.
  const listsKept = [`/__offline__/l.${encodeURIComponent('工会动态')}`, `/__offline__/l.${encodeURIComponent('headlines/工会动态')}`]
  await p.route('**/api/content', async (route) => {
    if ((JSON.parse(route.request().postData() ?? '{}') as { forOffline?: boolean }).forOffline) {
      await until(async () => expect(await keptUrls(p)).toEqual(expect.arrayContaining(listsKept)), 'both lists kept')
    }
    await route.fulfill({ response: await route.fetch() })
  })
  await p.goto(suite.cb.url + '/')
  await visible(p, 'headline').filter({ hasText: '置顶：职工书屋开放时间调整' }).waitFor()
  await until(async () => expect(await keptUrls(p)).toEqual(expect.arrayContaining(ids.map((id) => `/__offline__/a.${id}`))), 'both articles kept')
  expect(fetchedAhead.sort()).toEqual([...ids].sort())
})

test('offline with nothing kept: the error stays an error (with 重试), not an empty offline page', async () => {
  await suite.cb.reset()
  await suite.cb.sdk.database().collection('articles').add({ ...makeArticle({ channel: '通知公告' }), viewCount: 0, shareCount: 0 })
  const context = await suite.open({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  await p.goto(suite.cb.url + '/')
  await visible(p, 'refresh').waitFor()
  await context.setOffline(true)
  // 通知公告 was never shown: nothing of it is kept.
  await visible(p, 'channel-tab').filter({ hasText: '通知公告' }).click()
  await visible(p, 'error-state').waitFor()
  expect(await p.locator('[data-testid="offline-banner"] >> visible=true').count()).toBe(0)
})

const shellGaps = (p: Page) =>
  // The build's files this page loaded that the shell cache does not hold yet.
  p.evaluate(async () => {
    const kept = new Set((await (await caches.open('futian-shell-v1')).keys()).map((r) => new URL(r.url).pathname))
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.origin === location.origin && /^\/(js|css)\//.test(u.pathname))
    return [...(kept.has('/') ? [] : ['/']), ...loaded.map((u) => u.pathname).filter((path) => !kept.has(path))]
  })

test('the service worker installs once the first screen is drawn, not while the screen waits for its reply', async () => {
  // src/lib/shell-worker.ts: its install downloads the page again and keeps every file the page
  // fetched; on a slow line that took bandwidth from the reply the screen was waiting for.
  await suite.cb.reset()
  const context = await suite.open()
  const p = await context.newPage()
  const release = await openHomeWithReplyHeld(p, suite.cb.url + '/')
  const registered = () => p.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)
  expect(await registered()).toBe(false)

  release()
  await visible(p, 'refresh').waitFor()
  await eventually(registered).toBe(true)
  await p.unroute('**/api/content')
})

test('a reload with no network: without the service worker the browser’s error page; with it the article, the feed and the pinned headlines read', async () => {
  // Without the worker (blocked): the page itself cannot load offline.
  await suite.cb.reset()
  const blocked = await suite.browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' })
  try {
    const b = await blocked.newPage()
    await b.goto(suite.cb.url + '/')
    await visible(b, 'refresh').waitFor()
    await blocked.setOffline(true)
    await expect(b.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  } finally {
    await blocked.close()
  }

  // Its own server, stopped below: nothing on the network can answer the reload.
  const own = await startTestCloudbase({ h5Dir: H5_OUT })
  try {
    const db = own.sdk.database()
    const add = async (doc: ReturnType<typeof makeArticle>) => ((await db.collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id
    // Pinned and old: the 20 newer ones fill the first page, so only the headline area shows it.
    const pinned = await add(makeArticle({ title: '置顶：二〇二六年圆梦计划开始申请', publishedAt: '2026-01-05T02:00:00.000Z', pinnedRank: 0, blocks: [{ type: 'paragraph', text: '申请时间为三月一日至五月三十一日。' }] }))
    for (let i = 1; i <= 20; i++) await add(makeArticle({ title: `工会动态第${i}条`, publishedAt: new Date(Date.UTC(2026, 10, i)).toISOString() }))

    const context = await suite.open()
    const p = await context.newPage()
    p.setDefaultTimeout(20_000)
    await p.goto(own.url + '/')
    await visible(p, 'headline').filter({ hasText: '置顶：二〇二六年圆梦计划开始申请' }).waitFor()
    expect(await visible(p, 'article-row').filter({ hasText: '置顶' }).count()).toBe(0)
    // Each read asks for a second at most: on a loaded machine the worker can take a while to install
    // (it fetches the shell), and one read waiting on \`ready\` would hold the whole wait.
    const controlled = () => Promise.race([navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null), new Promise<boolean>((done) => setTimeout(() => done(false), 1000))])
    await eventually(() => p.evaluate(controlled), { timeoutMs: 60_000 }).toBe(true)
    // The worker took over after the first load; opening an article loads its page's code through it.
    await visible(p, 'article-row').filter({ hasText: '工会动态第20条' }).click()
    await eventually(() => visible(p, 'article-title').innerText()).toBe('工会动态第20条')
    await eventually(() => shellGaps(p)).toEqual([])
    await until(async () => {
      const kept = await keptUrls(p)
      expect(kept).toEqual(expect.arrayContaining([`/__offline__/a.${pinned}`, `/__offline__/l.${encodeURIComponent('headlines/工会动态')}`]))
    }, 'the headlines kept')

    await context.setOffline(true)
    await own.stop()
    // The article, reloaded.
    const reloaded = await p.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await eventually(() => visible(p, 'article-title').innerText()).toBe('工会动态第20条')
    await eventually(() => visible(p, 'article').getByTestId('offline-banner').innerText()).toMatch(/^离线 · 上次更新 /)
    await p.screenshot({ path: path.join(SHOTS, 'offline-reload-article.png') })

    // 首页, opened afresh: the kept feed and the pinned headline, which opens.
    await p.goto(own.url + '/')
    await eventually(() => visible(p, 'offline-banner').innerText()).toMatch(/^离线 · 上次更新 /)
    await visible(p, 'headline').filter({ hasText: '置顶：二〇二六年圆梦计划开始申请' }).waitFor()
    expect(await p.locator('[data-testid="headlines-error"] >> visible=true').count()).toBe(0)
    expect(await visible(p, 'article-row').count()).toBe(20)
    await p.screenshot({ path: path.join(SHOTS, 'offline-reload-home.png') })
    await visible(p, 'headline').filter({ hasText: '置顶' }).click()
    await eventually(() => visible(p, 'article-title').innerText()).toBe('置顶：二〇二六年圆梦计划开始申请')
    await eventually(() => visible(p, 'article').innerText()).toContain('申请时间为三月一日至五月三十一日。')
  } finally {
    await own.stop().catch(() => undefined)
  }
})
