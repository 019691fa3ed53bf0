// What a worker sees: the H5 build over the local CloudBase, in Chromium at phone size. The home
// page lists the news; tapping the seed article opens it whole and free of the website's chrome.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { importFiles } from '../../importer/import-files'
import { H5_OUT, ROOT } from '../../scripts/paths'
import { launchChromium, phonePage, SHOTS, settle } from '../helpers/browser'
import { makeArticle } from '../helpers/article-factory'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'
import { eventually } from '../helpers/eventually'

const FIXTURE = path.resolve(ROOT, '..', 'shared', 'fixtures', 'articles', 'szft-ghdt-post_10359855.txt')
const TITLE = '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开'

let cb: TestCloudbase
let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  cb = await startTestCloudbase({ h5Dir: H5_OUT })
  await importFiles(cb.sdk, [FIXTURE])
  // A newer article, so "newest first" is visible in the order.
  await cb.sdk.database().collection('articles').add(makeArticle({ title: '福田区总工会开展冬季送温暖活动', publishedAt: '2024-01-20T02:00:00.000Z' }))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await cb?.stop()
})

beforeEach(async () => {
  page = await phonePage(browser)
})

afterEach(async () => {
  await page.context().close()
})

test('the home page lists news newest first and opens the seed article', async () => {
  await page.goto(cb.url + '/')
  const rows = page.getByTestId('article-row')
  await rows.first().waitFor()
  const titles = await rows.allInnerTexts()
  expect(titles[0]).toContain('福田区总工会开展冬季送温暖活动')
  expect(titles[1]).toContain(TITLE)
  await page.screenshot({ path: path.join(SHOTS, 'home.png'), fullPage: true })

  await rows.filter({ hasText: TITLE }).click()
  await eventually(() => page.getByTestId('article-title').innerText()).toBe(TITLE)
  const body = await page.locator('body').innerText()
  expect(body).toContain('2022年12月28日')
  expect(body).toContain('福田区总工会')
  expect(body).toContain('12月21日，福田区工会第六次代表大会在深圳五洲宾馆胜利召开')
  await eventually(() => page.getByTestId('article-block-heading').count()).toBe(4)
  await eventually(() => page.getByTestId('article-block-heading').first().innerText()).toBe('打造先行示范工会，全市率先推出会员代表常任制')
  await eventually(() => page.getByTestId('article-block-image').count()).toBe(10)
  await eventually(() => page.getByTestId('image-caption').first().innerText()).toBe('12月21日，福田区工会第六次代表大会在深圳五洲宾馆胜利召开。')
  for (const chrome of ['网站首页', '你的当前位置', '视力保护色', '分享到', '收藏此页', '主办', '网站标识码']) expect(body).not.toContain(chrome)
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'article.png'), fullPage: false })
})

test('an article opened straight from a shared link has its own URL and a way home', async () => {
  const list = await cb.call<{ items: { id: string; title: string }[] }>('content', { action: 'listArticles', channel: '工会动态' })
  if (!list.body.ok) throw new Error('list failed')
  const seed = list.body.data.items.find((i) => i.title === TITLE)!
  await page.goto(`${cb.url}/pages/article/index?id=${seed.id}`)
  await eventually(() => page.getByTestId('article-title').innerText()).toBe(TITLE)
  await eventually(() => page.title()).toContain('对标先行示范')
  await page.getByTestId('home-link').click()
  await page.getByTestId('article-row').first().waitFor()
  expect(new URL(page.url()).pathname).toMatch(/^\/(pages\/index\/index)?$/)
})

test('an unknown article shows a Chinese not-found state, not a blank page', async () => {
  await page.goto(`${cb.url}/pages/article/index?id=does-not-exist`)
  await page.getByText('文章不存在或已下线').waitFor()
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'article-not-found.png') })
})

test('offline, the home page says so in Chinese and 重试 recovers', async () => {
  // A phone losing its connection is the one failure we cannot produce with the real server up.
  await page.route('**/api/content', (route) => route.abort('internetdisconnected'))
  await page.goto(cb.url + '/')
  await page.getByText('网络连接失败，请检查网络后重试').waitFor()
  await page.screenshot({ path: path.join(SHOTS, 'home-error.png') })
  await page.unroute('**/api/content')
  await page.getByTestId('error-retry').click()
  await page.getByTestId('article-row').first().waitFor()
})
