// listServices and getService over the local CloudBase: the grid in order, each page with its text,
// and the newest news about it from the article search index.
import type { ServiceDetail } from '../../../contracts/services/documents'
import { SERVICE_IDS } from '../../../contracts/services/catalog'
import { demoServices, seedServicesContent } from '../../../database/seed/services/seed-services'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { data, storeArticles } from './content-kit'
import { callServices } from './services-kit'

const cb = suiteCloudbase({ reset: 'once' })
beforeEach(async () => {
  await cb.reset()
  await seedServicesContent(cb.sdk)
})

const day = (n: number) => new Date(Date.UTC(2025, 0, n, 2)).toISOString()
const para = (text: string) => [{ type: 'paragraph' as const, text }]

describe('listServices', () => {
  test('the nine services in grid order, each a cell with its sample flag', async () => {
    const { items } = data(await callServices(cb, 'listServices', {}))
    expect(items.map((s) => s.id)).toEqual([...SERVICE_IDS])
    expect(items[0]).toEqual({ id: 'dream-plan', name: '圆梦计划', tagline: '学历提升补贴 2500 元/人', sample: true })
    for (const s of items) expect(Object.keys(s).sort()).toEqual(['id', 'name', 'sample', 'tagline'])
  })

  test('an empty collection is an empty grid', async () => {
    await cb.reset()
    expect(data(await callServices(cb, 'listServices', {}))).toEqual({ items: [] })
  })
})

describe('getService', () => {
  test('a service page carries its text, steps, documents, contacts, place type and sources, not its news keywords', async () => {
    const { service, relatedArticles } = data(await callServices(cb, 'getService', { id: 'warm-bee-station' }))
    const doc = demoServices().find((s) => s._id === 'warm-bee-station')!
    const expected: ServiceDetail = {
      id: 'warm-bee-station',
      name: '暖蜂驿站',
      tagline: doc.tagline,
      sample: true,
      about: doc.about,
      eligibility: doc.eligibility,
      steps: doc.steps,
      documents: [],
      contacts: [],
      placeType: 'warm-bee-station',
      sources: doc.sources
    }
    expect(service).toEqual(expected)
    expect(service.about).toContain('125 个暖蜂驿站')
    expect(relatedArticles).toEqual([])
  })

  test('圆梦计划 states the sourced amount and the general steps', async () => {
    const { service } = data(await callServices(cb, 'getService', { id: 'dream-plan' }))
    expect(service.about).toMatch(/2500 元\/人.*4315 名职工/)
    expect(service.steps.map((s) => s.split('：')[0])).toEqual(['报名', '资料审核', '公示', '发放'])
    expect(service.placeType).toBeUndefined()
  })

  test('related news: the newest three articles holding any news keyword, each once, near misses left out', async () => {
    const stored = await storeArticles(cb, [
      { title: '圆梦计划开始报名', publishedAt: day(1) },
      { title: '工会新闻', blocks: para('今年的圆梦计划资助了更多职工。'), publishedAt: day(5) },
      { title: '圆梦计划第二期', publishedAt: day(3) },
      { title: '圆梦计划第三期', publishedAt: day(4) },
      // Holds every bigram of 圆梦计划 (圆梦 梦计 计划) but not the word: not related.
      { title: '职工圆梦', blocks: para('美梦计划启动。'), publishedAt: day(9) },
      { title: '暖蜂驿站新开', publishedAt: day(8) }
    ])
    const { relatedArticles } = data(await callServices(cb, 'getService', { id: 'dream-plan' }))
    expect(relatedArticles.map((a) => a.title)).toEqual(['工会新闻', '圆梦计划第三期', '圆梦计划第二期'])
    expect(relatedArticles[0]).toEqual({ id: stored[1].id, title: '工会新闻', channel: '工会动态', publishedAt: day(5), summary: stored[1].summary })
  })

  test('an article matching several keywords of a service appears once', async () => {
    await storeArticles(cb, [
      { title: '一键即救帮扶救助困难职工', publishedAt: day(2) },
      { title: '帮扶救助工作总结', publishedAt: day(1) }
    ])
    const { relatedArticles } = data(await callServices(cb, 'getService', { id: 'one-click-relief' }))
    expect(relatedArticles.map((a) => a.title)).toEqual(['一键即救帮扶救助困难职工', '帮扶救助工作总结'])
  })

  test('a known service whose content is not loaded is 404 SERVICE_NOT_FOUND', async () => {
    await cb.reset()
    expect(await callServices(cb, 'getService', { id: 'legal-aid' })).toEqual({
      status: 404,
      body: { ok: false, error: { code: 'SERVICE_NOT_FOUND', message: '这项服务暂未上线，请稍后再试' } }
    })
  })

  test('an unknown id is refused by the schema: 400 in Chinese', async () => {
    expect(await callServices(cb, 'getService', { id: 'faq' })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('没有这项服务') } } })
  })
})
