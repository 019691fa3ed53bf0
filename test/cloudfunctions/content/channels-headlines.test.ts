// listChannels, listHeadlines and getHome (the two and a first page in one call) over the local
// CloudBase, and the demo content the seed loads.
import type { ArticleDoc } from '../../../contracts/content/article'
import { seedDemoContent } from '../../../database/seed/seed-demo-content'
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { refreshChannels } from '../../../importer/save-article'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase({ seed: (url) => seedDemoContent(connectLocalSdk(url, DEFAULT_ENV_ID)) })
})
afterAll(() => cb.stop())

const REAL_TITLE = '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开'

describe('the demo content', () => {
  beforeAll(async () => {
    await fetch(`${cb.url}/__local/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"seed":true}' })
  })

  test('has the site’s three channels, in the site’s order, with their article counts', async () => {
    expect(data(await callContent(cb, 'listChannels', {})).channels).toEqual([
      { name: '工会动态', order: 0, articleCount: 1 },
      { name: '通知公告', order: 1, articleCount: 3 },
      { name: '政务信息公开', order: 2, articleCount: 2 }
    ])
  })

  test('pins the real article as the headline', async () => {
    const items = data(await callContent(cb, 'listHeadlines', {})).items
    expect(items.map((i) => i.title)).toEqual([REAL_TITLE])
    expect(items[0].sample).toBeUndefined()
  })

  test('marks every sample page as sample, and no real one', async () => {
    const notices = data(await callContent(cb, 'listArticles', { channel: '通知公告' })).items
    expect(notices).toHaveLength(3)
    for (const n of notices) expect(n).toMatchObject({ sample: true, title: expect.stringMatching(/（示例）$/) })
    const news = data(await callContent(cb, 'listArticles', { channel: '工会动态' })).items
    expect(news[0].sample).toBeUndefined()
    const sampleDoc = cb.local.store.all('articles').find((d) => d.sample === true) as unknown as ArticleDoc
    expect(JSON.stringify(sampleDoc.blocks)).not.toContain('【示例】')
    expect(sampleDoc.summary).not.toContain('【示例】')
  })

  test('is searchable', async () => {
    const res = data(await callContent(cb, 'searchArticles', { q: '技能大比武' }))
    expect(res.items.map((i) => i.title)).toEqual(['关于开展2026年度职工技能大比武报名的通知（示例）', REAL_TITLE])
  })
})

describe('listChannels', () => {
  beforeEach(() => cb.reset())

  test('other channels follow the site’s own, by name; an empty database has none', async () => {
    expect(data(await callContent(cb, 'listChannels', {})).channels).toEqual([])
    await storeArticles(cb, [{ channel: '工会培训' }, { channel: '工会培训' }, { channel: '通知公告' }, { channel: '职工之家' }])
    await refreshChannels(cb.sdk, ['工会培训', '通知公告', '职工之家'])
    expect(data(await callContent(cb, 'listChannels', {})).channels).toEqual([
      { name: '通知公告', order: 1, articleCount: 1 },
      { name: '工会培训', order: 10, articleCount: 2 },
      { name: '职工之家', order: 10, articleCount: 1 }
    ])
  })
})

describe('listHeadlines', () => {
  beforeEach(() => cb.reset())

  const day = (n: number) => new Date(Date.UTC(2025, 4, n)).toISOString()

  test('at most five pinned articles, lowest rank first, then newest; unpinned ones never', async () => {
    const stored = await storeArticles(cb, [
      { title: 'r2', pinnedRank: 2, publishedAt: day(1) },
      { title: 'r0-old', pinnedRank: 0, publishedAt: day(1) },
      { title: 'r0-new', pinnedRank: 0, publishedAt: day(9) },
      { title: 'r1', pinnedRank: 1, publishedAt: day(2) },
      { title: 'r3', pinnedRank: 3, publishedAt: day(3) },
      { title: 'r4', pinnedRank: 4, publishedAt: day(4) },
      { title: 'newest, not pinned', publishedAt: day(20) }
    ])
    const items = data(await callContent(cb, 'listHeadlines', {})).items
    expect(items.map((i) => i.title)).toEqual(['r0-new', 'r0-old', 'r1', 'r2', 'r3'])
    expect(items[0].id).toBe(stored[2].id)
    expect(Object.keys(items[0]).sort()).toEqual(['channel', 'id', 'publishedAt', 'summary', 'title'])
  })

  test('of one channel when asked', async () => {
    await storeArticles(cb, [
      { title: 'news', pinnedRank: 0 },
      { title: 'notice', pinnedRank: 1, channel: '通知公告' }
    ])
    expect(data(await callContent(cb, 'listHeadlines', { channel: '通知公告' })).items.map((i) => i.title)).toEqual(['notice'])
    expect(data(await callContent(cb, 'listHeadlines', { channel: '政务信息公开' })).items).toEqual([])
  })
})

describe('getHome', () => {
  beforeEach(() => cb.reset())

  test('answers what listChannels, listHeadlines and listArticles answer for the channel, in one call', async () => {
    const day = (n: number) => new Date(Date.UTC(2025, 4, n)).toISOString()
    await storeArticles(cb, [
      ...Array.from({ length: 4 }, (_, i) => ({ title: `动态${i}`, publishedAt: day(i + 1) })),
      { title: '置顶', pinnedRank: 0, publishedAt: day(9) },
      { title: '通知', channel: '通知公告', pinnedRank: 0 }
    ])
    await refreshChannels(cb.sdk, ['工会动态', '通知公告'])

    const home = data(await callContent(cb, 'getHome', { channel: '工会动态', limit: 3 }))
    expect(home).toEqual({
      channels: data(await callContent(cb, 'listChannels', {})),
      headlines: data(await callContent(cb, 'listHeadlines', { channel: '工会动态' })),
      articles: data(await callContent(cb, 'listArticles', { channel: '工会动态', limit: 3 }))
    })
    expect(home.headlines.items.map((i) => i.title)).toEqual(['置顶'])
    expect(home.articles.items.map((i) => i.title)).toEqual(['置顶', '动态3', '动态2'])
    // The first page's cursor leads on as listArticles' does.
    const next = data(await callContent(cb, 'listArticles', { channel: '工会动态', limit: 3, cursor: home.articles.nextCursor! }))
    expect(next.items.map((i) => i.title)).toEqual(['动态1', '动态0'])
  })

  test('an empty database answers empty lists, not an error', async () => {
    expect(data(await callContent(cb, 'getHome', { channel: '工会动态' }))).toEqual({
      channels: { channels: [] },
      headlines: { items: [] },
      articles: { items: [], nextCursor: null }
    })
  })
})
