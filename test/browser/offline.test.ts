// Reading offline in the H5 build, in Chromium, over the local CloudBase: the first page of a
// channel and its articles (with their images) are kept in the Cache API while online — without
// counting as reads — and with the network cut (context.setOffline) the feed and the articles read
// from the device with 离线 · 上次更新 … instead of an error. The app's own code is already loaded
// (as in a mini-program, whose code lives on the phone); H5 has no service worker for its shell.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { H5_OUT } from '../../scripts/paths'
import { makeArticle } from '../helpers/article-factory'
import { launchChromium, SHOTS, settle } from '../helpers/browser'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'
import { eventually } from '../helpers/eventually'
import path from 'node:path'
import { mkdirSync } from 'node:fs'

jest.setTimeout(120_000)

const AXE = require.resolve('axe-core/axe.min.js')
// A 2×2 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63f8cfc0f09f81818181e1ff7f06000e3a03fd7cbe1ad20000000049454e44ae426082', 'hex')

let cb: TestCloudbase
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  cb = await startTestCloudbase({ h5Dir: H5_OUT })
  browser = await launchChromium()
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await cb?.stop()
})

afterEach(async () => {
  await context?.close()
})

/** Retries `check` until it passes or the deadline (generous: the machine is shared). */
async function until<T>(check: () => Promise<T>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  let last: unknown
  while (Date.now() < end) {
    try {
      return await check()
    } catch (error) {
      last = error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${what}: not reached within ${ms} ms (${String(last)})`)
}

const visible = (p: Page, testId: string) => p.locator(`[data-testid="${testId}"] >> visible=true`)
const keptUrls = (p: Page) => p.evaluate(async () => (await (await caches.open('futian-offline-v1')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search))

test('opened or seen on the first page: readable offline with images, and the feed says 离线 · 上次更新', async () => {
  await cb.reset()
  const db = cb.sdk.database()
  const { fileID } = await cb.sdk.uploadFile({ cloudPath: 'offline-test/picture.png', fileContent: PNG })
  const { fileList } = await cb.sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 86_400 }] })
  const imageUrl = fileList[0].tempFileURL
  const docs = [
    makeArticle({ title: '暖蜂驿站新增二十处', publishedAt: '2026-11-03T02:00:00.000Z', blocks: [{ type: 'paragraph', text: '外卖骑手可以在驿站歇脚、充电、喝水。' }, { type: 'image', src: imageUrl, caption: '新建的暖蜂驿站' }] }),
    makeArticle({ title: '职工书屋开放时间调整', publishedAt: '2026-11-02T02:00:00.000Z' }),
    makeArticle({ title: '工会大食堂本周菜单', publishedAt: '2026-11-01T02:00:00.000Z' })
  ]
  const ids: string[] = []
  for (const doc of docs) ids.push(((await db.collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id)

  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  // Opened: the second article, straight from a link (so the article page's code is loaded, as it
  // is on a phone); then 返回首页, where the channel's first page is shown.
  await p.goto(cb.url + `/pages/article/index?id=${ids[1]}`)
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
  await p.addScriptTag({ path: AXE })
  const serious = await p.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
  })
  expect(serious).toEqual([])

  // Back online: the article comes from the server again, without the banner.
  await context.setOffline(false)
  await p.reload()
  await eventually(() => visible(p, 'article-title').innerText()).toBe('暖蜂驿站新增二十处')
  await visible(p, 'article').waitFor()
  expect(await visible(p, 'article').getByTestId('offline-banner').count()).toBe(0)
})

test('offline with nothing kept: the error stays an error (with 重试), not an empty offline page', async () => {
  await cb.reset()
  await cb.sdk.database().collection('articles').add({ ...makeArticle({ channel: '通知公告' }), viewCount: 0, shareCount: 0 })
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  await p.goto(cb.url + '/')
  await visible(p, 'refresh').waitFor()
  await context.setOffline(true)
  // 通知公告 was never shown: nothing of it is kept.
  await visible(p, 'channel-tab').filter({ hasText: '通知公告' }).click()
  await visible(p, 'error-state').waitFor()
  expect(await p.locator('[data-testid="offline-banner"] >> visible=true').count()).toBe(0)
})
