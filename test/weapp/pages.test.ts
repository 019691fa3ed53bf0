// Every page in dist/app.json, opened as WeChat opens it (a share card, a scan, a notice can open any
// page directly) by a user who may see it, with the demo data of the local CloudBase: it must show
// its content, not a spinner or an error, with no WXML runtime warning, no `undefined` in setData,
// no uncaught error or rejection and no wx API the harness does not know.
import { readManifest } from '../helpers/weapp/manifest'
import { launchWeapp } from '../helpers/weapp/app'
import { dataOf, startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import type { TestCloudbase } from '../helpers/local-cloudbase'
import { WEAPP_OUT } from '../../scripts/paths'

interface PageCase {
  /** The url WeChat opens, with its query. */
  url: string
  openid: string
  /** What shows once the page has its data. */
  shows: string | RegExp
}

let cb: TestCloudbase
let cases: Record<string, PageCase>

beforeAll(async () => {
  cb = await startSeededCloudbase({ applications: true })
  const article = (await dataOf<{ items: { id: string; title: string }[] }>(cb, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, 'demo-worker')).items[0]
  const service = (await dataOf<{ items: { id: string; name: string }[] }>(cb, 'content', { action: 'listServices' }, 'demo-worker')).items[0]
  const queue = await dataOf<{ items: { id: string; applicationNo: string; name: string }[] }>(cb, 'dreamPlanReview', { action: 'queue' }, 'demo-district')
  const owned = await cb.sdk.database().collection('dreamPlanApplications').where({ applicationNo: queue.items[0].applicationNo }).get()
  const owner = String((owned.data[0] as { openid: string }).openid)
  const reviewed = queue.items[0]
  // An article under review, written by another editor: saved and submitted through the real
  // contentAdmin function as demo-editor, opened below as demo-publisher.
  const underReview = { title: '福田区总工会开展夏日送清凉活动', channel: '工会动态', summary: '', source: '福田区总工会', blocks: [{ type: 'paragraph', text: '7月12日，福田区总工会走进辖区建筑工地，为一线职工送去清凉物资。' }] }
  const saved = await dataOf<{ id: string; version: number }>(cb, 'contentAdmin', { action: 'save', kind: 'article', body: underReview }, 'demo-editor')
  await dataOf(cb, 'contentAdmin', { action: 'submit', id: saved.id, version: saved.version }, 'demo-editor')
  cases = {
    'pages/index/index': { url: 'pages/index/index', openid: 'demo-worker', shows: article.title },
    'pages/services/index': { url: 'pages/services/index', openid: 'demo-worker', shows: service.name },
    'pages/mine/index': { url: 'pages/mine/index', openid: 'demo-worker', shows: '我的收藏' },
    'pages/article/index': { url: `pages/article/index?id=${article.id}`, openid: 'demo-worker', shows: article.title },
    'packages/news/pages/search/index': { url: `packages/news/pages/search/index?q=${encodeURIComponent('代表大会')}`, openid: 'demo-worker', shows: /代表大会/ },
    'packages/news/pages/favourites/index': { url: 'packages/news/pages/favourites/index', openid: 'demo-worker', shows: '还没有收藏文章' },
    'packages/services/pages/service/index': { url: `packages/services/pages/service/index?id=${service.id}`, openid: 'demo-worker', shows: service.name },
    'packages/services/pages/places/index': { url: 'packages/services/pages/places/index', openid: 'demo-worker', shows: '园岭街道·' },
    'packages/services/pages/faq/index': { url: 'packages/services/pages/faq/index', openid: 'demo-worker', shows: '圆梦计划补贴多少钱' },
    'packages/dream-plan/pages/intro/index': { url: 'packages/dream-plan/pages/intro/index', openid: 'demo-worker', shows: '立即申请' },
    'packages/dream-plan/pages/consent/index': { url: 'packages/dream-plan/pages/consent/index', openid: 'demo-worker', shows: '个人信息保护告知' },
    'packages/dream-plan/pages/apply/index': { url: 'packages/dream-plan/pages/apply/index', openid: 'demo-worker', shows: '姓名' },
    'packages/dream-plan/pages/success/index': { url: `packages/dream-plan/pages/success/index?id=${reviewed.id}`, openid: owner, shows: reviewed.applicationNo },
    'packages/dream-plan/pages/mine/index': { url: 'packages/dream-plan/pages/mine/index', openid: owner, shows: reviewed.applicationNo },
    'packages/dream-plan/pages/detail/index': { url: `packages/dream-plan/pages/detail/index?id=${reviewed.id}`, openid: owner, shows: reviewed.applicationNo },
    'packages/staff/pages/home/index': { url: 'packages/staff/pages/home/index', openid: 'demo-district', shows: '按状态' },
    'packages/staff/pages/queue/index': { url: 'packages/staff/pages/queue/index', openid: 'demo-district', shows: reviewed.applicationNo },
    'packages/staff/pages/review/index': { url: `packages/staff/pages/review/index?id=${reviewed.id}`, openid: 'demo-district', shows: reviewed.applicationNo },
    'packages/staff/pages/publish/index': { url: 'packages/staff/pages/publish/index', openid: 'demo-district', shows: '发布' },
    'packages/staff/pages/pay/index': { url: 'packages/staff/pages/pay/index', openid: 'demo-finance', shows: '发放' },
    'packages/staff/pages/members/index': { url: 'packages/staff/pages/members/index', openid: 'demo-admin', shows: '用户标识：demo-street' },
    'packages/dream-plan/pages/check/index': { url: 'packages/dream-plan/pages/check/index', openid: 'demo-worker', shows: '30 秒自测' },
    'packages/staff/pages/content-list/index': { url: 'packages/staff/pages/content-list/index', openid: 'demo-editor', shows: '新建文章' },
    'packages/staff/pages/content-editor/index': { url: 'packages/staff/pages/content-editor/index', openid: 'demo-editor', shows: '新建文章' },
    'packages/staff/pages/content-review/index': { url: `packages/staff/pages/content-review/index?id=${saved.id}`, openid: 'demo-publisher', shows: /福田区总工会开展夏日送清凉活动[\s\S]*状态：待审核[\s\S]*立即发布/ },
    'packages/staff/pages/content-channels/index': { url: 'packages/staff/pages/content-channels/index', openid: 'demo-publisher', shows: '立即同步公众号' },
    'packages/staff/pages/content-settings/index': { url: 'packages/staff/pages/content-settings/index', openid: 'demo-publisher', shows: '首页头条' }
  }
})

afterAll(async () => {
  await cb?.stop()
})

const ALL_PAGES = readManifest(WEAPP_OUT).pages

test('every page of app.json has a case here', () => {
  expect(Object.keys(cases).sort()).toEqual([...ALL_PAGES].sort())
})

test.each(ALL_PAGES)('%s opens with real data and no problems', async (route) => {
  const c = cases[route]
  const app = await launchWeapp({ cloudbase: cb, openid: c.openid, entry: c.url })
  try {
    expect(app.current.route).toBe(route)
    await waitUntilShown(app.current, c.shows)
    expect(app.current.text()).not.toMatch(/重试|出错了|加载失败/)
    app.recorder.assertNoProblems()
  } finally {
    app.close()
  }
})
