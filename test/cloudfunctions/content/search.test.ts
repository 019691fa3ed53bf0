// searchArticles over the local CloudBase: Chinese words found inside unspaced text, near misses
// left out, newest first by cursor, with a snippet around the match.
import type { SearchArticlesResult } from '../../../contracts/content/actions'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

const cb = suiteCloudbase({ reset: 'each' })

const search = (input: { q: string; cursor?: string; limit?: number }) => callContent(cb, 'searchArticles', input)
const at = (day: number) => new Date(Date.UTC(2025, 0, day, 2)).toISOString()
const para = (text: string) => [{ type: 'paragraph' as const, text }]

test('finds a Chinese word inside a body without spaces, and not articles that only come close', async () => {
  const [hit] = await storeArticles(cb, [
    { title: '区总工会举办年度活动', blocks: para('今年区总工会在辖区内举办职工技能大比武，吸引了众多企业参与。'), publishedAt: at(3) },
    // Near misses: part of the word, the word's characters in another order, the bigrams apart.
    { title: '职工技能培训开班', blocks: para('培训围绕职工技能提升展开，另设比武环节。'), publishedAt: at(2) },
    { title: '大比拼', blocks: para('技能展示与比武大会同日举行。'), publishedAt: at(1) },
    { title: '其他新闻', blocks: para('技能大比拼和能大显身手的武术表演。'), publishedAt: at(4) }
  ])
  const res = data(await search({ q: '技能大比武' }))
  expect(res.items.map((i) => i.id)).toEqual([hit.id])
  expect(res.terms).toEqual(['技能大比武'])
  expect(res.items[0].snippet).toContain('技能大比武')
  expect(res.nextCursor).toBeNull()
})

test('an article holding every bigram of a word, but never the word itself, is not a hit', async () => {
  // 工会费 needs 工会 and 会费: this article has both, in 工会会员 and 会费, but not 工会费.
  await storeArticles(cb, [{ title: '工会会员须知', blocks: para('会员应按时缴纳会费。') }])
  const [real] = await storeArticles(cb, [{ title: '工会费收缴说明', blocks: para('说明全文。') }])
  const res = data(await search({ q: '工会费' }))
  expect(res.items.map((i) => i.id)).toEqual([real.id])
})

test('pages stay whole when the newest candidates are near misses', async () => {
  const real = await storeArticles(cb, Array.from({ length: 3 }, (_, i) => ({ title: `工会费说明${i}`, publishedAt: at(i + 1) })))
  await storeArticles(cb, Array.from({ length: 7 }, (_, i) => ({ title: `工会会员须知${i}`, blocks: para('按时缴纳会费。'), publishedAt: at(i + 10) })))
  const seen: string[] = []
  let cursor: string | undefined
  for (let page = 0; page < 10; page++) {
    const res = data(await search({ q: '工会费', limit: 2, ...(cursor ? { cursor } : {}) }))
    seen.push(...res.items.map((i) => i.id))
    if (!res.nextCursor) break
    cursor = res.nextCursor
  }
  expect(seen).toEqual(real.map((a) => a.id).reverse())
})

test('every word of a query must match; case and full-width letters do not matter', async () => {
  const [both] = await storeArticles(cb, [
    { title: '暖蜂驿站上线WeChat小程序', blocks: para('暖蜂驿站的服务可以在小程序里查到。'), publishedAt: at(2) },
    { title: '暖蜂驿站新增服务点', blocks: para('新增多个服务点。'), publishedAt: at(3) }
  ])
  expect(data(await search({ q: '暖蜂驿站 ｗｅｃｈａｔ' })).items.map((i) => i.id)).toEqual([both.id])
  expect(data(await search({ q: '暖蜂驿站' })).items).toHaveLength(2)
})

test('pages newest first by cursor, without gaps or repeats when dates tie', async () => {
  const sameTime = at(10)
  const stored = await storeArticles(cb, [
    ...Array.from({ length: 5 }, (_, i) => ({ title: `圆梦计划第${i}期`, publishedAt: sameTime })),
    ...Array.from({ length: 6 }, (_, i) => ({ title: `动态${i}`, blocks: para(`关于圆梦计划的第${i}篇报道。`), publishedAt: at(i + 1) })),
    { title: '无关新闻', publishedAt: at(20) }
  ])
  const seen: SearchArticlesResult['items'] = []
  let cursor: string | undefined
  for (let page = 0; page < 10; page++) {
    const res = data(await search({ q: '圆梦计划', limit: 4, ...(cursor ? { cursor } : {}) }))
    seen.push(...res.items)
    if (!res.nextCursor) break
    cursor = res.nextCursor
  }
  expect(seen).toHaveLength(11)
  expect(new Set(seen.map((i) => i.id)).size).toBe(11)
  const dates = seen.map((i) => i.publishedAt)
  expect(dates).toEqual([...dates].sort().reverse())
  expect(seen.map((i) => i.id)).not.toContain(stored[stored.length - 1].id)
})

test('a hit is a feed row plus a snippet of about 60 characters around the first match, with … where cut', async () => {
  const before = '福田区总工会坚持以职工需求为导向，为职工群众做好事、办实事、解难事，今年继续推进服务阵地建设。'
  const after = '下一步，区总工会将持续完善服务阵地建设，提升服务效能，让更多职工享受到实实在在的服务。'
  await storeArticles(cb, [{ title: '年度工作回顾', summary: '摘要', blocks: [{ type: 'heading', text: '回顾' }, ...para(`${before}爱心妈妈小屋${after}`)] }])
  const [hit] = data(await search({ q: '爱心妈妈小屋' })).items
  expect(Object.keys(hit).sort()).toEqual(['channel', 'id', 'publishedAt', 'snippet', 'summary', 'title'])
  expect(hit.snippet).toMatch(/^…/)
  expect(hit.snippet).toMatch(/…$/)
  expect(hit.snippet).toContain('爱心妈妈小屋')
  expect(Array.from(hit.snippet.replace(/…/g, '')).length).toBe(60)
})

test('a match only in the title shows the summary as its snippet', async () => {
  await storeArticles(cb, [{ title: '工会大食堂开业', summary: '这是摘要。', blocks: para('正文里没有这个词。') }])
  expect(data(await search({ q: '工会大食堂' })).items[0].snippet).toBe('这是摘要。')
})

test('sample articles say so in their rows; the search index never leaves the server', async () => {
  await storeArticles(cb, [{ title: '职工书屋开放（示例）', sample: true }])
  const res = await search({ q: '职工书屋' })
  expect(data(res).items[0].sample).toBe(true)
  expect(JSON.stringify(res.body)).not.toContain('searchTerms')
})

test('no match is an empty page', async () => {
  await storeArticles(cb, [{ title: '工会动态' }])
  expect((await search({ q: '不存在的词' })).body).toEqual({ ok: true, data: { items: [], nextCursor: null, terms: ['不存在的词'] } })
})

test('a query with no word of two characters or more is refused in Chinese', async () => {
  for (const q of ['会', '！？', '工 会']) {
    expect(await search({ q })).toEqual({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', message: '请输入至少两个字的关键词' } } })
  }
})

test('a long but valid query is searched; one over 50 characters is refused', async () => {
  const fifty = '福田区总工会'.repeat(8) + '职工'
  expect(Array.from(fifty)).toHaveLength(50)
  expect(data(await search({ q: fifty })).items).toEqual([])
  const res = await search({ q: '福'.repeat(60) })
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('关键词最多 50 个字') } })
})
