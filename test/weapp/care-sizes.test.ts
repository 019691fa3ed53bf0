// 关怀 mode's sizes on weapp, through the styles each page sets: with WeChat's font size at ×1.4 and
// 关怀模式 on, every page of app.json is opened as a worker or as the staff role that may see it,
// and the page's WXSS (app.wxss + its own, with the --font-factor and reading--care class the page
// sets through setData) is cascaded over the rendered tree (test/helpers/weapp/wxss-cascade.ts):
// the smallest text must be ≥ 18 px and every tap target's guaranteed height ≥ 60 px (and width,
// where an inline box's styles decide it). rpx is taken at a 375 px window.
// What this cannot see (no layout engine): widths of block and flex boxes, wrapping, flex growth,
// :active/::after styles, @media rules, native components' own default styles, and WeChat's own
// tab bar and navigation bar (WeChat draws those; README 关怀模式 says what it scales). Those are
// measured in Chromium on the H5 build (test/browser/care-mode.test.ts).
import { launchWeapp } from '../helpers/weapp/app'
import { careSizes, type CareSizes } from '../helpers/weapp/care-sizes'
import { dataOf, startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import { DeviceStorage } from '../helpers/weapp/wx/storage'
import type { TestCloudbase } from '../helpers/local-cloudbase'
import { WEAPP_OUT } from '../../scripts/paths'

jest.setTimeout(120_000)

const FACTOR = 1.4

let cb: TestCloudbase
let cases: [string, { url: string; openid: string; shows: string | RegExp }][]

beforeAll(async () => {
  cb = await startSeededCloudbase({ applications: true })
  const article = (await dataOf<{ items: { id: string; title: string }[] }>(cb, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, 'demo-worker')).items[0]
  const service = (await dataOf<{ items: { id: string; name: string }[] }>(cb, 'content', { action: 'listServices' }, 'demo-worker')).items[0]
  const queue = await dataOf<{ items: { id: string; applicationNo: string }[] }>(cb, 'dreamPlanReview', { action: 'queue' }, 'demo-district')
  const owned = await cb.sdk.database().collection('dreamPlanApplications').where({ applicationNo: queue.items[0].applicationNo }).get()
  const owner = String((owned.data[0] as { openid: string }).openid)
  const reviewed = queue.items[0]
  cases = [
    ['pages/index/index', { url: 'pages/index/index', openid: 'demo-worker', shows: article.title }],
    ['pages/services/index', { url: 'pages/services/index', openid: 'demo-worker', shows: service.name }],
    ['pages/mine/index', { url: 'pages/mine/index', openid: 'demo-worker', shows: '我的收藏' }],
    ['pages/article/index', { url: `pages/article/index?id=${article.id}`, openid: 'demo-worker', shows: article.title }],
    ['packages/news/pages/search/index', { url: `packages/news/pages/search/index?q=${encodeURIComponent('代表大会')}`, openid: 'demo-worker', shows: /代表大会/ }],
    ['packages/news/pages/favourites/index', { url: 'packages/news/pages/favourites/index', openid: 'demo-worker', shows: '还没有收藏文章' }],
    ['packages/services/pages/service/index', { url: `packages/services/pages/service/index?id=${service.id}`, openid: 'demo-worker', shows: service.name }],
    ['packages/services/pages/places/index', { url: 'packages/services/pages/places/index', openid: 'demo-worker', shows: '园岭街道·' }],
    ['packages/services/pages/faq/index', { url: 'packages/services/pages/faq/index', openid: 'demo-worker', shows: '圆梦计划补贴多少钱' }],
    ['packages/dream-plan/pages/intro/index', { url: 'packages/dream-plan/pages/intro/index', openid: 'demo-worker', shows: '立即申请' }],
    ['packages/dream-plan/pages/consent/index', { url: 'packages/dream-plan/pages/consent/index', openid: 'demo-worker', shows: '个人信息保护告知' }],
    ['packages/dream-plan/pages/apply/index', { url: 'packages/dream-plan/pages/apply/index', openid: 'demo-worker', shows: '姓名' }],
    ['packages/dream-plan/pages/check/index', { url: 'packages/dream-plan/pages/check/index', openid: 'demo-worker', shows: '30 秒自测' }],
    ['packages/dream-plan/pages/success/index', { url: `packages/dream-plan/pages/success/index?id=${reviewed.id}`, openid: owner, shows: reviewed.applicationNo }],
    ['packages/dream-plan/pages/mine/index', { url: 'packages/dream-plan/pages/mine/index', openid: owner, shows: reviewed.applicationNo }],
    ['packages/dream-plan/pages/detail/index', { url: `packages/dream-plan/pages/detail/index?id=${reviewed.id}`, openid: owner, shows: reviewed.applicationNo }],
    ['packages/staff/pages/home/index', { url: 'packages/staff/pages/home/index', openid: 'demo-district', shows: '按状态' }],
    ['packages/staff/pages/queue/index', { url: 'packages/staff/pages/queue/index', openid: 'demo-district', shows: reviewed.applicationNo }],
    ['packages/staff/pages/review/index', { url: `packages/staff/pages/review/index?id=${reviewed.id}`, openid: 'demo-district', shows: reviewed.applicationNo }],
    ['packages/staff/pages/publish/index', { url: 'packages/staff/pages/publish/index', openid: 'demo-district', shows: '发布' }],
    ['packages/staff/pages/pay/index', { url: 'packages/staff/pages/pay/index', openid: 'demo-finance', shows: '发放' }],
    ['packages/staff/pages/members/index', { url: 'packages/staff/pages/members/index', openid: 'demo-admin', shows: '用户标识：demo-street' }],
    ['packages/staff/pages/content-list/index', { url: 'packages/staff/pages/content-list/index', openid: 'demo-editor', shows: '新建文章' }],
    ['packages/staff/pages/content-editor/index', { url: 'packages/staff/pages/content-editor/index', openid: 'demo-editor', shows: '新建文章' }]
  ]
}, 180_000)

afterAll(async () => {
  await cb?.stop()
})

/** A phone whose worker turned 关怀模式 on (the app's own settings key), WeChat's font at ×FACTOR. */
function careStorage(care = true): DeviceStorage {
  const storage = new DeviceStorage()
  storage.items.set('futian.readingSettings', JSON.stringify({ fontSize: 'medium', eyeCare: 'white', care }))
  return storage
}

async function measure(url: string, openid: string, shows: string | RegExp, { extraCss = '', care = true } = {}): Promise<CareSizes> {
  const app = await launchWeapp({ cloudbase: cb, openid, entry: url, device: { fontSizeScaleFactor: FACTOR }, storage: careStorage(care) })
  try {
    const page = app.current
    await waitUntilShown(page, shows)
    // The page root carries WeChat's factor as set through setData (关怀 on), or none (off).
    const rootStyle = () => page.component.dom.firstElementChild?.getAttribute('style') ?? ''
    await page.waitFor(() => rootStyle().includes(`--font-factor: ${FACTOR}`) === care, care ? '--font-factor set' : 'no --font-factor')
    return careSizes(page, WEAPP_OUT, extraCss)
  } finally {
    app.close()
  }
}

test('every page in 关怀 mode: text ≥ 18 px, tap targets ≥ 60 px as the WXSS yields them', async () => {
  const report: string[] = []
  const failures: string[] = []
  for (const [route, c] of cases) {
    const s = await measure(c.url, c.openid, c.shows)
    report.push(`${route}: 最小字 ${s.smallestText?.px ?? '-'}px ${s.smallestText?.what ?? ''} | 最矮目标 ${s.lowestTarget?.px ?? '-'}px ${s.lowestTarget?.what ?? ''} | 最窄(行内)目标 ${s.narrowestTarget?.px ?? '-'}px ${s.narrowestTarget?.what ?? ''} | ${s.texts} 段文字 ${s.targets} 个目标${s.unseen.length ? ` | 原生尺寸看不到: ${s.unseen.join('; ')}` : ''}`)
    if (s.texts === 0) failures.push(`${route}: 没有量到文字`)
    if (s.smallestText && s.smallestText.px < 18) failures.push(`${route}: 文字 ${s.smallestText.px}px < 18px: ${s.smallestText.what}`)
    if (s.lowestTarget && s.lowestTarget.px < 60) failures.push(`${route}: 目标高 ${s.lowestTarget.px}px < 60px: ${s.lowestTarget.what}`)
    if (s.narrowestTarget && s.narrowestTarget.px < 60) failures.push(`${route}: 目标宽 ${s.narrowestTarget.px}px < 60px: ${s.narrowestTarget.what}`)
  }
  console.log(report.join('\n'))
  expect(failures).toEqual([])
})

test('the measurement can fail: 关怀 off leaves small text; a planted 10 px label and a 34 px target are caught', async () => {
  const off = await measure('pages/mine/index', 'demo-worker', '我的收藏', { care: false })
  expect(off.smallestText!.px).toBeLessThan(18)
  expect(off.lowestTarget!.px).toBeLessThan(60)

  const label = await measure('pages/mine/index', 'demo-worker', '我的收藏', { extraCss: '.reading--care .mine__link-text{font-size:10PX}' })
  expect(label.smallestText).toEqual({ px: 10, what: expect.stringContaining('mine__link-text') })

  const target = await measure('packages/news/pages/favourites/index', 'demo-worker', '还没有收藏文章', { extraCss: '.reading--care .text-link{min-height:34PX!important;line-height:1.2}' })
  expect(target.lowestTarget!.px).toBeLessThan(60)
  expect(target.lowestTarget!.what).toContain('text-link')
})
