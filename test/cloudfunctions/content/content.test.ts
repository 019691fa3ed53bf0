// The `content` function as deployed (the built bundle), through the gateway, over the local CloudBase.
import type { ArticleDetail } from '../../../contracts/content/article'
import type { ListArticlesResult } from '../../../contracts/content/actions'
import { makeArticle } from '../../helpers/article-factory'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'

const cb = suiteCloudbase({ reset: 'once' })

async function store(count: number, overrides: Parameters<typeof makeArticle>[0] = {}) {
  const docs = Array.from({ length: count }, () => makeArticle(overrides))
  for (const doc of docs) await cb.sdk.database().collection('articles').add(doc)
  return docs
}

const list = (input: object) => cb.call<ListArticlesResult>('content', { action: 'listArticles', ...input })

describe('listArticles', () => {
  beforeEach(() => cb.reset())

  test('lists a channel newest first, in summaries without bodies', async () => {
    const stored = await store(5)
    await store(2, { channel: '通知公告' })
    const res = await list({ channel: '工会动态' })
    expect(res.status).toBe(200)
    if (!res.body.ok) throw new Error('expected ok')
    const titles = res.body.data.items.map((i) => i.title)
    expect(titles).toEqual([...stored].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((a) => a.title))
    expect(Object.keys(res.body.data.items[0]).sort()).toEqual(['channel', 'id', 'publishedAt', 'summary', 'title'])
    expect(res.body.data.nextCursor).toBeNull()
  })

  test('pages by cursor without gaps or repeats, even when publishedAt ties', async () => {
    const sameTime = '2024-05-01T02:00:00.000Z'
    await store(7, { publishedAt: sameTime })
    await store(6)
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const res = await list({ limit: 4, ...(cursor ? { cursor } : {}) })
      if (!res.body.ok) throw new Error(res.body.error.code)
      seen.push(...res.body.data.items.map((i) => i.id))
      if (!res.body.data.nextCursor) break
      cursor = res.body.data.nextCursor
    }
    expect(seen).toHaveLength(13)
    expect(new Set(seen).size).toBe(13)
  })

  test('an empty channel is an empty page, not an error', async () => {
    expect((await list({ channel: '政务信息公开' })).body).toEqual({ ok: true, data: { items: [], nextCursor: null } })
  })

  test.each([
    ['limit 0', { limit: 0 }],
    ['limit 51', { limit: 51 }],
    ['limit as text', { limit: '10' }],
    ['limit fractional', { limit: 2.5 }],
    ['channel not text', { channel: 42 }],
    ['unknown field', { sort: 'title' }],
    ['huge channel', { channel: '工'.repeat(10_000) }]
  ])('bad input (%s) is 400 INVALID_INPUT with a Chinese message', async (_name, input) => {
    const res = await list(input)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  })

  test.each([['not base64 json', 'garbage!!'], ['wrong shape', Buffer.from('{"a":1}').toString('base64url')], ['bad date', Buffer.from('["x","y"]').toString('base64url')]])(
    'a malformed cursor (%s) is 400 INVALID_CURSOR',
    async (_name, cursor) => {
      expect(await list({ cursor })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_CURSOR' } } })
    }
  )
})

describe('getArticle', () => {
  beforeAll(() => cb.reset())

  test('returns the article with its blocks and source, counting this read, without its search terms', async () => {
    const article = makeArticle({ blocks: [{ type: 'heading', text: '小标题' }, { type: 'paragraph', text: '正文' }, { type: 'image', caption: '图注' }] })
    const { id } = (await cb.sdk.database().collection('articles').add(article)) as { id: string }
    const res = await cb.call<ArticleDetail>('content', { action: 'getArticle', id })
    expect(res.body).toEqual({
      ok: true,
      data: { id, title: article.title, channel: '工会动态', publishedAt: article.publishedAt, summary: article.summary, source: '福田区总工会', blocks: article.blocks, attachments: [], viewCount: 1, shareCount: 0, favourited: false }
    })
  })

  test('an unknown id is 404 ARTICLE_NOT_FOUND', async () => {
    expect(await cb.call('content', { action: 'getArticle', id: 'does-not-exist' })).toEqual({
      status: 404,
      body: { ok: false, error: { code: 'ARTICLE_NOT_FOUND', message: '文章不存在或已下线' } }
    })
  })

  test.each([[{}], [{ id: '' }], [{ id: 123 }], [{ id: 'x'.repeat(65) }], [{ id: { $gt: '' } }]])('bad id %j is 400', async (input) => {
    expect((await cb.call('content', { action: 'getArticle', ...input })).status).toBe(400)
  })
})

test('an event that is not an action call is 404, never a crash', async () => {
  expect((await cb.call('content', {})).status).toBe(404)
  expect((await cb.call('content', { action: ['listArticles'] })).status).toBe(404)
  expect((await cb.call('content', { action: 'constructor' })).status).toBe(404)
})
