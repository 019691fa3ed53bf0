// What a worker sees: the H5 build over the local CloudBase, in Chromium at phone size. The home
// page lists the news; tapping the seed article opens it whole and free of the website's chrome.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { importFiles } from '../../importer/import-files'
import { H5_OUT, ROOT } from '../../scripts/paths'
import { layoutShiftSoFar, openHomeWithReplyHeld, recordLayoutShifts, SHOTS, settle, visible } from '../helpers/browser'
import { browserFile, PHONE } from '../helpers/browser-file'
import { makeArticle } from '../helpers/article-factory'
import { eventually } from '../helpers/eventually'

const FIXTURE = path.resolve(ROOT, '..', 'shared', 'fixtures', 'articles', 'szft-ghdt-post_10359855.txt')
const TITLE = '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开'

/** The H5 build's script files whose code contains `text`. */
const buildFilesContaining = (text: string) => readdirSync(path.join(H5_OUT, 'js')).filter((f) => f.endsWith('.js') && readFileSync(path.join(H5_OUT, 'js', f), 'utf8').includes(text))

const suite = browserFile({
  seeded: false,
  prepare: async (cb) => {
    await importFiles(cb.sdk, [FIXTURE])
    // A newer article, so "newest first" is visible in the order.
    await cb.sdk.database().collection('articles').add(makeArticle({ title: '福田区总工会开展冬季送温暖活动', publishedAt: '2024-01-20T02:00:00.000Z' }))
  }
})
let page: Page

beforeEach(async () => {
  page = await (await suite.open()).newPage()
})

/** The imported fixture article, as the list gives it. */
async function seedArticle(): Promise<{ id: string; title: string }> {
  const list = await suite.cb.call<{ items: { id: string; title: string }[] }>('content', { action: 'listArticles', channel: '工会动态' })
  if (!list.body.ok) throw new Error('list failed')
  return list.body.data.items.find((i) => i.title === TITLE)!
}

test('the home page lists news newest first and opens the seed article', async () => {
  await page.goto(suite.cb.url + '/')
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

/**
 * Resolves once every timer Taro's router has set so far has fired. Not a wait for time but for
 * order: a page's timers fire by due time, and this one, set after theirs, is longer than the
 * router's longest (a page is hidden 350 ms after the next one opens).
 */
const afterRouterTimers = (p: Page) => p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)))

test('back pressed the moment an article opens: home comes back, not a blank screen (src/h5-router/page-handler.ts)', async () => {
  // Taro hid the page below 350 ms after a page opened and showed it again 300 ms after back: back
  // within the first 50 ms left home hidden for good. Three times, each back as soon as the address changes.
  await page.goto(suite.cb.url + '/')
  const row = visible(page, 'article-row').filter({ hasText: TITLE })
  for (let i = 0; i < 3; i++) {
    await row.click()
    await page.waitForURL(/\/pages\/article\//)
    await page.goBack()
    await page.waitForURL((url) => !url.pathname.startsWith('/pages/article/'))
    await row.waitFor()
    await afterRouterTimers(page)
    // Home is still drawn and can be tapped again: the late hide would have set display: none.
    expect(await row.isVisible()).toBe(true)
    expect(await page.evaluate(() => document.querySelectorAll('.taro_page_shade').length)).toBe(0)
  }
})

test('back pressed while the search page’s code is still on its way: home stays, and search is not drawn over it (src/h5-router/left-page.ts)', async () => {
  // No service worker: it would answer for the network, where the code is held.
  page = await (await suite.open({ ...PHONE, serviceWorkers: 'block' })).newPage()
  await page.goto(suite.cb.url + '/')
  const row = visible(page, 'article-row').filter({ hasText: TITLE })
  await row.waitFor()
  // 搜索 is a subpackage: its code is fetched on the tap, and held on the network until the person has gone back.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let asked = 0
  await page.route('**/js/*.js', async (route) => {
    asked++
    await held
    await route.continue()
  })
  const before = await page.evaluate(() => [...document.scripts].map((s) => s.src))
  await visible(page, 'search-entry').click()
  await page.waitForURL(/\/packages\/news\/pages\/search\//)
  await eventually(() => asked).toBeGreaterThan(0)
  await page.goBack()
  await page.waitForURL((url) => url.pathname === '/pages/index/index')
  // Once the held scripts have run (their load events) and the router's timers set after that have
  // fired, whatever Taro does with the late page has been done.
  await page.evaluate((known) => {
    const late = [...document.scripts].filter((s) => s.src && !known.includes(s.src))
    ;(window as unknown as { lateScriptsRan: Promise<unknown> }).lateScriptsRan = Promise.all(late.map((s) => new Promise((resolve) => s.addEventListener('load', resolve, { once: true }))))
  }, before)
  release()
  await page.evaluate(() => (window as unknown as { lateScriptsRan: Promise<unknown> }).lateScriptsRan)
  await afterRouterTimers(page)
  expect(new URL(page.url()).pathname).toBe('/pages/index/index')
  expect(await row.isVisible()).toBe(true)
  expect(await visible(page, 'search-input').count()).toBe(0)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  // And search opens as it should on the next tap.
  await visible(page, 'search-entry').click()
  await visible(page, 'search-input').waitFor()
})

test('a tap on a picture opens the full-screen viewer at that picture', async () => {
  // The viewer's code (Taro's, on Swiper) is fetched on this first tap, not with the article.
  const pictures = ['/assets/share/ghdt.png', '/assets/share/tzgg.png', '/assets/share/zwxxgk.png']
  const article = makeArticle({
    title: '职工书屋新书上架',
    blocks: [{ type: 'paragraph', text: '三张图片。' }, ...pictures.map((src, i) => ({ type: 'image' as const, src, caption: `第 ${i + 1} 张` }))]
  })
  const { id } = await suite.cb.sdk.database().collection('articles').add(article)
  await page.goto(`${suite.cb.url}/pages/article/index?id=${id}`)
  await eventually(() => page.getByTestId('article-image-open').count()).toBe(3)
  await page.getByTestId('article-image-open').nth(1).click()
  const viewer = page.locator('.preview-image')
  await viewer.locator('taro-swiper-core').waitFor()
  await eventually(() => viewer.locator('img').evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).src).pathname))).toEqual(pictures)
  await eventually(() => viewer.locator('taro-swiper-core').evaluate((el) => (el as HTMLElement & { current: number }).current)).toBe(1)
})

test('an article opened straight from a shared link has its own URL and a way home', async () => {
  const seed = await seedArticle()
  await page.goto(`${suite.cb.url}/pages/article/index?id=${seed.id}`)
  await eventually(() => page.getByTestId('article-title').innerText()).toBe(TITLE)
  await eventually(() => page.title()).toContain('对标先行示范')
  await page.getByTestId('home-link').click()
  await page.getByTestId('article-row').first().waitFor()
  expect(new URL(page.url()).pathname).toMatch(/^\/(pages\/index\/index)?$/)
})

test('an article link downloads the page’s code with the app’s, each file once', async () => {
  // index.html preloads the files of the route it opens (config/route-preload.ts), so the page's
  // code does not wait for the app's scripts to run first.
  const seed = await seedArticle()
  await page.goto(`${suite.cb.url}/pages/article/index?id=${seed.id}`)
  await eventually(() => page.getByTestId('article-title').innerText()).toBe(TITLE)
  const fromHtml = await page.evaluate(() => [
    ...[...document.querySelectorAll('link[rel=preload]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
    ...[...document.querySelectorAll('script[src]')].filter((s) => (s as HTMLScriptElement).defer).map((s) => new URL((s as HTMLScriptElement).src).pathname)
  ])
  // What the page itself needs; after the load event, work left for when it is idle follows (src/lib/when-idle.ts).
  const scripts = await page.evaluate(() => {
    const loadAt = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart
    return performance
      .getEntriesByType('resource')
      .filter((e) => loadAt === 0 || e.startTime < loadAt)
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'))
  })
  expect(fromHtml.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(2)
  expect(scripts.filter((p) => !fromHtml.includes(p))).toEqual([])
  expect(new Set(scripts).size).toBe(scripts.length)
})

test('home and an article stay put once drawn (CLS within the issue’s 0.02)', async () => {
  // Every layout shift of the page in front, from its first paint (reset by each navigation). The
  // budget is issue 16's (CLS ≤ 0.02); the shifts this test was written against were 0.167 and 0.031.
  await recordLayoutShifts(page)
  // Home's headlines and feed come in one reply (getHome), drawn together in place of one skeleton.
  // (When they came in two, a feed arriving first was drawn under the skeleton and then moved up.)
  await page.goto(suite.cb.url + '/')
  await page.getByTestId('article-row').first().waitFor()
  await settle(page)
  expect(await layoutShiftSoFar(page)).toBeLessThanOrEqual(0.02)

  // An article: the 朗读 bar first says 正在准备朗读, then what this browser can do (without a
  // Chinese voice: 朗读不可用, the case that once moved the article under it).
  const seed = await seedArticle()
  await page.goto(`${suite.cb.url}/pages/article/index?id=${seed.id}`)
  await page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="read-aloud-button"]')
    return button !== null && !button.textContent?.includes('正在准备')
  })
  await settle(page)
  expect(await layoutShiftSoFar(page)).toBeLessThanOrEqual(0.02)
})

test('a row shows its pressed look while touched and drops it once the touch ends, as Taro’s View does', async () => {
  // On H5, View is drawn without Taro's web component (src/components/h5-host): hover-class is its own.
  await page.goto(suite.cb.url + '/')
  const row = page.getByTestId('article-row').first()
  await row.waitFor()
  const pressed = () => row.evaluate((el) => el.classList.contains('article-row--pressed'))
  expect(await pressed()).toBe(false)
  await row.dispatchEvent('touchstart')
  await eventually(pressed).toBe(true)
  await row.dispatchEvent('touchend')
  await eventually(pressed).toBe(false)
})

test('the channel tabs scroll sideways and the tab bar draws its icons, without Taro’s web components', async () => {
  // On H5, ScrollView and Image are drawn by src/components/h5-host: the browser scrolls the row,
  // and each icon is an <img> that loads, fitted inside its box (mode aspectFit).
  await page.goto(suite.cb.url + '/')
  const tabs = page.locator('.channel-tabs')
  await page.getByTestId('channel-tab').first().waitFor()
  // This file's one channel fits a phone's width: narrowed to half a tab, the row is what must scroll.
  await tabs.evaluate((el) => (el.style.width = `${(el.querySelector('[data-testid="channel-tab"]') as HTMLElement).offsetWidth / 2}px`))
  const row = () => tabs.evaluate((el) => ({ overflow: getComputedStyle(el).overflowX, wider: el.scrollWidth > el.clientWidth, left: el.scrollLeft }))
  expect(await row()).toEqual({ overflow: 'scroll', wider: true, left: 0 })
  await tabs.evaluate((el) => el.scrollBy({ left: 80 }))
  await eventually(async () => (await row()).left).toBeGreaterThan(0)

  const icons = page.locator('[data-testid="tab-bar"] >> visible=true').locator('.tab-bar__icon img')
  await eventually(() => icons.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true, true])
  expect(await icons.first().getAttribute('class')).toBe('taro-img__mode-aspectfit')
  expect(await page.locator('taro-scroll-view-core.hydrated, taro-image-core.hydrated').count()).toBe(0)
})

test('the first screens start without Taro’s web components; the pull-down wrapper comes only with a page that pulls down', async () => {
  // src/components/h5-host/web-components.ts: Taro's tab bar and pull-down definitions (and
  // Stencil's runtime with them) are not loaded at start-up. Home never pulls down on H5, so it
  // never fetches the wrapper; a page that pulls down is drawn at once and upgraded when idle.
  const [wrapperFile] = buildFilesContaining('rmc-pull-to-refresh')
  const [toastFile] = buildFilesContaining('taro__toast')
  const requested: string[] = []
  const record = (request: { url(): string }) => requested.push(new URL(request.url()).pathname)
  page.on('request', record)
  const defined = (tag: string) => page.evaluate((name) => Boolean(customElements.get(name)), tag)

  await page.goto(suite.cb.url + '/')
  await page.getByTestId('article-row').first().waitFor()
  // The work home leaves for when it is idle has run (src/lib/when-idle.ts): the toast code is
  // fetched and the articles of the feed are kept for reading offline, the last of it, since it
  // waits for the list to be kept. Then one more wait as when-idle.ts waits: idle, painted, idle.
  await eventually(() => requested.includes(`/js/${toastFile}`)).toBe(true)
  const keptArticles = () => page.evaluate(async () => (await (await caches.open('futian-offline-v1')).keys()).filter((r) => new URL(r.url).pathname.startsWith('/__offline__/a.')).length)
  await eventually(keptArticles).toBeGreaterThan(0)
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve)))))
  )
  expect(requested).not.toContain(`/js/${wrapperFile}`)
  expect(await defined('taro-pull-to-refresh-core')).toBe(false)
  expect(await defined('taro-tabbar')).toBe(false)

  await page.goto(suite.cb.url + '/packages/news/pages/favourites/index')
  await eventually(() => defined('taro-pull-to-refresh-core')).toBe(true)
  // Upgraded in place: the wrapper draws its pull-down frame around the page it already held.
  await eventually(() => page.locator('taro-pull-to-refresh-core .rmc-pull-to-refresh-content .favourites').count()).toBe(1)
  expect(await defined('taro-tabbar')).toBe(false)
  page.off('request', record)
})

test('the first screen carries no icon font: Taro’s weui font comes only with the form controls that draw it', async () => {
  // config/h5-host.ts drops Taro's start-up import of its older components' stylesheet (the weui
  // icon font as base64, for the Checkbox's tick); the 圆梦计划 consent test checks the tick's font.
  await page.goto(suite.cb.url + '/')
  await page.getByTestId('article-row').first().waitFor()
  expect(await page.evaluate(() => [...document.fonts].map((face) => face.family))).not.toContain('weui')
})

test('the tab’s icon is in the page itself: a picture that draws, with no request for /favicon.ico', async () => {
  // src/index.html: without an icon of its own a browser asks for /favicon.ico, which answered 404.
  const asked: string[] = []
  const record = (request: { url(): string }) => asked.push(new URL(request.url()).pathname)
  page.on('request', record)
  await page.goto(suite.cb.url + '/')
  await page.getByTestId('article-row').first().waitFor()
  const icon = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]')
    if (!link) return null
    const image = new Image()
    image.src = link.href
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 32
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data].join(',')
    // The 工's top bar in white, the union's red beside its stem.
    return { scheme: new URL(link.href).protocol, width: image.naturalWidth, height: image.naturalHeight, bar: at(16, 9), ground: at(3, 16) }
  })
  expect(icon).toEqual({ scheme: 'data:', width: 32, height: 32, bar: '255,255,255,255', ground: '200,16,46,255' })
  expect(asked).not.toContain('/favicon.ico')
  page.off('request', record)
})

test('the tab icons come with the tab bar, not in the start-up code every page runs', () => {
  // src/app.config.ts: on H5 the config names no icons; src/components/tab-bar imports them.
  const startUp = readdirSync(path.join(H5_OUT, 'js')).filter((f) => /^app\.[0-9a-f]{8}\.js$/.test(f))
  expect(startUp).toHaveLength(1)
  expect(readFileSync(path.join(H5_OUT, 'js', startUp[0]), 'utf8')).not.toContain('data:image/png')
  expect(buildFilesContaining('data:image/png').length).toBeGreaterThan(0)
})

test('Taro’s router starts without the parts the app never uses (src/h5-router stands in for them)', () => {
  // config/h5-host.ts: the hidden navigation bar's icons (the loading one's SVG), query-string
  // (stringifyUrl is one of its exports) and universal-router's path-to-regexp (one of its error
  // messages) are in none of the three files every page starts with.
  const html = readFileSync(path.join(H5_OUT, 'index.html'), 'utf8')
  const startUp = [...html.matchAll(/<script[^>]* src="\/(js\/[^"]+\.js)"/g)].map((m) => m[1])
  expect(startUp).toHaveLength(3)
  for (const file of startUp) {
    const code = readFileSync(path.join(H5_OUT, file), 'utf8')
    for (const unused of ['p-id="4741"', 'stringifyUrl', 'Capturing groups are not allowed']) expect(code).not.toContain(unused)
  }
  expect(buildFilesContaining('Capturing groups are not allowed')).toEqual([])
})

test('each build has only its own platform’s 朗读 engine: no WeChat plugin code in the H5 site', () => {
  // src/features/news/read-aloud/use-read-aloud.ts: the weapp engine asks WeChat for its WechatSI plugin.
  expect(buildFilesContaining('WechatSI')).toEqual([])
  expect(buildFilesContaining('speechSynthesis').length).toBeGreaterThan(0)
})

test('a wide window draws at 1.2 times a phone’s sizes, a phone as before', async () => {
  // config/index.ts caps Taro's rem at 24 px; it reached 40 px, twice a phone's, in any wide window.
  const rootSize = async (viewport: { width: number; height: number }) => {
    const p = await (await suite.open({ viewport })).newPage()
    await p.goto(suite.cb.url + '/')
    await p.getByTestId('article-row').first().waitFor()
    return p.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  }
  expect(await rootSize({ width: 1280, height: 800 })).toBe('24px')
  expect(await rootSize({ width: 375, height: 812 })).toBe('20px')
})

test('toasts and dialogs are not in the first screen’s code: fetched once the page has loaded, so a toast shows offline', async () => {
  // src/lib/feedback.ts. Taro's toast and dialog code is the one file of the H5 build that draws them.
  const drawing = buildFilesContaining('taro__toast')
  expect(drawing).toHaveLength(1)
  const feedbackFile = drawing[0]
  const requestedAt = () =>
    page.evaluate((file) => {
      const loadAt = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === `/js/${file}`)
      return entry ? { afterLoad: loadAt > 0 && entry.startTime >= loadAt } : null
    }, feedbackFile)
  const seed = await seedArticle()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${suite.cb.url}/pages/article/index?id=${seed.id}`)
  await eventually(() => page.getByTestId('article-title').innerText()).toBe(TITLE)
  await eventually(requestedAt).toEqual({ afterLoad: true })
  expect(await page.locator('.taro__toast').count()).toBe(0)

  await page.context().setOffline(true)
  await page.getByTestId('share-button').click()
  await eventually(() => page.locator('.taro__toast').innerText()).toContain('链接已复制')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${suite.cb.url}/pages/article/index?id=${seed.id}`)
  await page.context().setOffline(false)
})

test('work the first screen does not need waits for the page’s replies: the toast code is fetched only after the last one is in', async () => {
  // src/lib/when-idle.ts. On a slow line the prefetch must not take bandwidth from a reply the screen waits for.
  const [toastFile] = buildFilesContaining('taro__toast')
  const release = await openHomeWithReplyHeld(page, suite.cb.url + '/')
  const timing = () =>
    page.evaluate((file) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const toast = entries.find((e) => new URL(e.name).pathname === `/js/${file}`)
      // The page's first call (work that waited, keeping articles for offline, calls later).
      const replies = entries.filter((e) => new URL(e.name).pathname === '/api/content').sort((a, b) => a.startTime - b.startTime).slice(0, 1)
      return { toastAt: toast?.startTime ?? null, lastReplyAt: Math.max(...replies.map((e) => e.responseEnd)), replies: replies.length }
    }, toastFile)
  expect((await timing()).toastAt).toBeNull()

  release()
  await page.getByTestId('article-row').first().waitFor()
  await eventually(async () => (await timing()).toastAt !== null).toBe(true)
  const { toastAt, lastReplyAt, replies } = await timing()
  expect(replies).toBe(1)
  expect(toastAt).toBeGreaterThanOrEqual(lastReplyAt)
  await page.unroute('**/api/content')
})

test('an unknown article shows a Chinese not-found state, not a blank page', async () => {
  await page.goto(`${suite.cb.url}/pages/article/index?id=does-not-exist`)
  await page.getByText('文章不存在或已下线').waitFor()
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'article-not-found.png') })
})

test('an address for a page the app does not have opens 首页 with a word, not a blank screen', async () => {
  // src/app.ts: usePageNotFound. The old address goes: 返回 does not lead back to the blank page.
  await page.goto(`${suite.cb.url}/pages/no-such-page/index?id=1`)
  await page.getByText('页面不存在，已为您打开首页').waitFor()
  await page.getByTestId('article-row').first().waitFor()
  expect(new URL(page.url()).pathname).toBe('/pages/index/index')
})

test('offline, the home page says so in Chinese and 重试 recovers', async () => {
  // A phone losing its connection is the one failure we cannot produce with the real server up.
  await page.route('**/api/content', (route) => route.abort('internetdisconnected'))
  await page.goto(suite.cb.url + '/')
  await page.getByText('网络连接失败，请检查网络后重试').waitFor()
  await page.screenshot({ path: path.join(SHOTS, 'home-error.png') })
  await page.unroute('**/api/content')
  await page.getByTestId('error-retry').click()
  await page.getByTestId('article-row').first().waitFor()
})
