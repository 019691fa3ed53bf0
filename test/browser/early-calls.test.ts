// H5 pages ask for their data while the app downloads: index.html's inline script starts the calls
// config/early-calls.ts lists for the route, and the app takes those replies instead of asking again
// (src/lib/early-reply.ts). For each listed route: every call goes out once, the app takes every one
// (a page whose own call drifted from the list would leave it untaken), and the page shows the data.
import type { Page } from 'playwright-core'
import { EARLY_CALLS } from '../../config/early-calls'
import { browserFile } from '../helpers/browser-file'
import { eventually } from '../helpers/eventually'
import { earlyCallKey } from '@/lib/early-reply'
import { DEFAULT_PERSONA } from '@/lib/persona'
import { fillDraft, makePersonal } from '../../database/seed/dream-plan/sample-forms'

const suite = browserFile({ seeded: true })
let page: Page
/** Every function call the page sent, by key. */
let sent: string[]

beforeEach(async () => {
  page = await (await suite.open()).newPage()
  sent = []
  page.on('request', (request) => {
    const fn = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1]
    if (fn && request.method() === 'POST') sent.push(earlyCallKey(fn, JSON.parse(request.postData() ?? '{}') as Record<string, unknown>))
  })
})

async function firstArticleId(): Promise<string> {
  const list = await suite.cb.call<{ items: { id: string }[] }>('content', { action: 'listArticles', channel: '工会动态', limit: 1 })
  if (!list.body.ok) throw new Error('list failed')
  return list.body.data.items[0].id
}

/** Opens `address` and checks the early calls of `route` were each sent once and all taken. */
async function opensWithEarlyCalls(route: string, address: string, query: Record<string, string> = {}) {
  await page.goto(suite.cb.url + address)
  // The app takes each reply as it makes the call: none is left once the page has asked for all.
  await eventually(() => page.evaluate(() => Object.keys((window as unknown as { __earlyCalls?: object }).__earlyCalls ?? { none: 1 }))).toEqual([])
  for (const call of EARLY_CALLS[route]) {
    const event: Record<string, unknown> = { ...call.event }
    for (const [field, parameter] of Object.entries(call.fromQuery ?? {})) event[field] = query[parameter]
    expect(sent.filter((key) => key === earlyCallKey(call.fn, event))).toHaveLength(1)
  }
}

test('home asks for its first screen in one call, early, and shows channels, headlines and feed from it', async () => {
  await opensWithEarlyCalls('pages/index/index', '/')
  await page.getByTestId('article-row').first().waitFor()
  await page.getByTestId('feed').waitFor()
  await page.getByTestId('headline').first().waitFor()
  // getHome's parts, not the three calls it stands for (the articles kept for offline reading are getArticle).
  expect(sent.filter((key) => /listChannels|listHeadlines|listArticles/.test(key))).toEqual([])
})

test('an article asks for itself and its related reading once, early, and shows them', async () => {
  const id = await firstArticleId()
  await opensWithEarlyCalls('pages/article/index', `/pages/article/index?id=${encodeURIComponent(id)}`, { id })
  await eventually(() => page.getByTestId('article-title').innerText()).not.toBe('')
})

test('服务, 我的 and the 圆梦计划 intro ask once, early, and show what came back', async () => {
  await opensWithEarlyCalls('pages/services/index', '/pages/services/index')
  await page.getByTestId('faq-entry').waitFor()
  await opensWithEarlyCalls('pages/mine/index', '/pages/mine/index')
  await eventually(() => page.getByTestId('my-openid').innerText()).toBe('demo-worker')
  await opensWithEarlyCalls('packages/dream-plan/pages/intro/index', '/packages/dream-plan/pages/intro/index')
  await page.getByTestId('policy').waitFor()
})

/**
 * Opens `address` with the app's own script held until the page's early replies are all back (a
 * slow phone network, where the data is small and the app is not).
 */
async function openWithRepliesFirst(route: string, address: string) {
  let answered = 0
  let allAnswered: () => void = () => undefined
  const repliesBack = new Promise<void>((resolve) => (allAnswered = resolve))
  page.on('requestfinished', (request) => {
    if (request.url().includes('/api/') && ++answered === EARLY_CALLS[route].length) allAnswered()
  })
  await page.route(/\/js\/app\.[0-9a-f]+\.js$/, async (route) => {
    await repliesBack
    await route.continue()
  })
  await page.goto(suite.cb.url + address)
}

/** Each early call of `route` (with `query` filled in) went to the server exactly once. */
function sentOnce(route: string, query: Record<string, string> = {}) {
  for (const call of EARLY_CALLS[route]) {
    const event: Record<string, unknown> = { ...call.event }
    for (const [field, parameter] of Object.entries(call.fromQuery ?? {})) event[field] = query[parameter]
    expect(sent.filter((key) => key === earlyCallKey(call.fn, event))).toHaveLength(1)
  }
}

test.each([
  ['home', 'pages/index/index', '/', 'article-row'],
  ['服务', 'pages/services/index', '/pages/services/index', 'service-grid'],
  ['the 圆梦计划 intro', 'packages/dream-plan/pages/intro/index', '/packages/dream-plan/pages/intro/index', 'policy']
])('when the replies are back before the app runs, %s takes them and asks nothing again', async (_name, route, address, shown) => {
  await openWithRepliesFirst(route, address)
  await page.getByTestId(shown).first().waitFor()
  sentOnce(route)
})

test('and so does an article, with its related reading', async () => {
  const id = await firstArticleId()
  await openWithRepliesFirst('pages/article/index', `/pages/article/index?id=${encodeURIComponent(id)}`)
  await eventually(() => page.getByTestId('article-title').innerText()).not.toBe('')
  sentOnce('pages/article/index', { id })
})

test('a call made again (重试, pull-down) reaches the server: an early reply is used once', async () => {
  await opensWithEarlyCalls('pages/index/index', '/')
  await page.getByTestId('article-row').first().waitFor()
  // 刷新 asks the server for the feed and headlines; the first screen's early reply is not given again.
  const homeKey = earlyCallKey('content', EARLY_CALLS['pages/index/index'][0].event)
  const feedKey = earlyCallKey('content', { action: 'listArticles', channel: '工会动态', limit: 20 })
  await page.getByTestId('refresh').click()
  await eventually(() => sent.filter((key) => key === feedKey)).toHaveLength(1)
  expect(sent.filter((key) => key === homeKey)).toHaveLength(1)
})

test('the intro draws the worker’s standing with the policy: a saved draft reads 继续填写申请 from the start', async () => {
  // dreamPlan.getIntro answers the policy with the worker's standing: the button is right the first
  // time the policy is drawn, and the page is not drawn again.
  await fillDraft(suite.cb, DEFAULT_PERSONA, { personal: makePersonal() })
  await page.addInitScript(() => {
    const shown: string[] = ((window as unknown as { applyTexts: string[] }).applyTexts = [])
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="apply-button"]')?.textContent ?? ''
      if (text && text !== shown[shown.length - 1]) shown.push(text)
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  await openWithRepliesFirst('packages/dream-plan/pages/intro/index', '/packages/dream-plan/pages/intro/index')
  await eventually(() => page.getByTestId('apply-button').innerText()).toBe('继续填写申请')
  expect(await page.evaluate(() => (window as unknown as { applyTexts: string[] }).applyTexts)).toEqual(['继续填写申请'])
  sentOnce('packages/dream-plan/pages/intro/index')
})
