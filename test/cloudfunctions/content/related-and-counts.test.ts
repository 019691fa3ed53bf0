// listRelated, recordShare and getArticle's view count over the local CloudBase.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

const cb = suiteCloudbase({ reset: 'each' })

const day = (n: number) => new Date(Date.UTC(2025, 2, n, 2)).toISOString()
const related = (id: string, limit?: number) => callContent(cb, 'listRelated', { id, ...(limit ? { limit } : {}) })

describe('listRelated', () => {
  test('the nearest older articles of the same channel, newest first, never the article itself', async () => {
    const feed = await storeArticles(cb, Array.from({ length: 9 }, (_, i) => ({ publishedAt: day(i + 1) })))
    await storeArticles(cb, [{ channel: '通知公告', publishedAt: day(5) }])
    const items = data(await related(feed[6].id, 3)).items
    expect(items.map((i) => i.id)).toEqual([feed[5].id, feed[4].id, feed[3].id])
    expect(Object.keys(items[0]).sort()).toEqual(['channel', 'id', 'publishedAt', 'summary', 'title'])
  })

  test('topped up with the nearest newer ones when fewer are older', async () => {
    const feed = await storeArticles(cb, Array.from({ length: 6 }, (_, i) => ({ publishedAt: day(i + 1) })))
    expect(data(await related(feed[1].id, 4)).items.map((i) => i.id)).toEqual([feed[4].id, feed[3].id, feed[2].id, feed[0].id])
    expect(data(await related(feed[0].id)).items.map((i) => i.id)).toEqual([feed[5].id, feed[4].id, feed[3].id, feed[2].id, feed[1].id])
  })

  test('articles published at the same moment are related to each other, the article itself never', async () => {
    const same = await storeArticles(cb, Array.from({ length: 4 }, () => ({ publishedAt: day(3) })))
    for (const a of same) {
      const ids = data(await related(a.id, 10)).items.map((i) => i.id)
      expect(ids).not.toContain(a.id)
      expect(ids.sort()).toEqual(same.map((s) => s.id).filter((id) => id !== a.id).sort())
    }
  })

  test('an article alone in its channel has none; an unknown id is 404', async () => {
    const [alone] = await storeArticles(cb, [{ channel: '政务信息公开' }])
    await storeArticles(cb, [{ channel: '工会动态' }])
    expect(data(await related(alone.id)).items).toEqual([])
    expect(await related('no-such-article')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'ARTICLE_NOT_FOUND', message: '文章不存在或已下线' } } })
  })
})

describe('counts', () => {
  test('each read counts, and the article page shows the count including its own read', async () => {
    const [article] = await storeArticles(cb, [{}])
    const get = () => callContent(cb, 'getArticle', { id: article.id })
    expect(data(await get()).viewCount).toBe(1)
    expect(data(await get()).viewCount).toBe(2)
    await Promise.all(Array.from({ length: 8 }, get))
    expect(cb.local.store.get('articles', article.id)?.viewCount).toBe(10)
  })

  test('reading an unknown article counts nothing', async () => {
    await storeArticles(cb, [{}])
    const before = JSON.stringify(cb.local.store.all('articles'))
    expect((await callContent(cb, 'getArticle', { id: 'no-such-article' })).status).toBe(404)
    expect(JSON.stringify(cb.local.store.all('articles'))).toBe(before)
  })

  test('shares count for anyone, to chats and to Moments, and return the new count', async () => {
    const [article] = await storeArticles(cb, [{}])
    expect(data(await callContent(cb, 'recordShare', { id: article.id, target: 'chat' }))).toEqual({ shareCount: 1 })
    expect(data(await callContent(cb, 'recordShare', { id: article.id, target: 'timeline' }, 'o-worker'))).toEqual({ shareCount: 2 })
    expect(data(await callContent(cb, 'getArticle', { id: article.id }))).toMatchObject({ shareCount: 2, viewCount: 1 })
  })

  test('sharing an unknown article is 404 and creates nothing', async () => {
    expect(await callContent(cb, 'recordShare', { id: 'no-such-article', target: 'chat' })).toMatchObject({ status: 404, body: { ok: false, error: { code: 'ARTICLE_NOT_FOUND' } } })
    expect(cb.local.store.all('articles')).toHaveLength(0)
  })
})
