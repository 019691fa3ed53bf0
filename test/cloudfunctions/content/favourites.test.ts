// 收藏 over the local CloudBase: only for signed-in workers, each seeing and changing only their own,
// idempotent, newest first by cursor, and reflected in getArticle.
import type { FavouriteItem } from '../../../contracts/content/article'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { callContent, data, databasePicture, storeArticles } from './content-kit'

const cb = suiteCloudbase({ reset: 'each' })

const ALICE = 'o-alice-openid'
const BOB = 'o-bob-openid'
const add = (id: string, openid?: string) => callContent(cb, 'addFavourite', { id }, openid)
const remove = (id: string, openid?: string) => callContent(cb, 'removeFavourite', { id }, openid)
const list = (openid: string | undefined, input: { cursor?: string; limit?: number } = {}) => callContent(cb, 'listFavourites', input, openid)
const favouriteDocs = () => cb.local.store.all('favourites')

test.each([
  ['addFavourite', { id: 'x' }],
  ['removeFavourite', { id: 'x' }],
  ['listFavourites', {}]
] as const)('%s without a WeChat user is 401 in Chinese and changes nothing', async (action, input) => {
  const [article] = await storeArticles(cb, [{}])
  await add(article.id, ALICE)
  const before = databasePicture(cb)
  const res = await callContent(cb, action, action === 'listFavourites' ? input : { id: article.id })
  expect(res).toEqual({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请在微信中打开并登录后再试' } } })
  expect(databasePicture(cb)).toBe(before)
})

test('an openid sent in the event is ignored: identity comes from the platform only', async () => {
  const [article] = await storeArticles(cb, [{}])
  const res = await cb.call('content', { action: 'addFavourite', id: article.id, userInfo: { openId: ALICE } })
  expect(res.status).toBe(401)
  expect(favouriteDocs()).toHaveLength(0)
})

test('adding twice makes one favourite and keeps the first time', async () => {
  const [article] = await storeArticles(cb, [{}])
  expect(data(await add(article.id, ALICE))).toEqual({ favourited: true })
  const first = data(await list(ALICE)).items[0].favouritedAt
  await new Promise((r) => setTimeout(r, 5))
  expect(data(await add(article.id, ALICE))).toEqual({ favourited: true })
  expect(favouriteDocs()).toHaveLength(1)
  expect(data(await list(ALICE)).items.map((i) => i.favouritedAt)).toEqual([first])
})

test('adding the same article at the same moment still makes one favourite', async () => {
  const [article] = await storeArticles(cb, [{}])
  const replies = await Promise.all(Array.from({ length: 6 }, () => add(article.id, ALICE)))
  expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200))
  expect(favouriteDocs()).toHaveLength(1)
})

test('favouriting an unknown article is 404 and stores nothing', async () => {
  expect(await add('no-such-article', ALICE)).toMatchObject({ status: 404, body: { ok: false, error: { code: 'ARTICLE_NOT_FOUND' } } })
  expect(favouriteDocs()).toHaveLength(0)
})

test('removing takes it out; removing again is fine', async () => {
  const [article] = await storeArticles(cb, [{}])
  await add(article.id, ALICE)
  expect(data(await remove(article.id, ALICE))).toEqual({ favourited: false })
  expect(data(await remove(article.id, ALICE))).toEqual({ favourited: false })
  expect(data(await list(ALICE)).items).toEqual([])
})

test('one worker can neither see nor remove another worker’s favourites', async () => {
  const [a, b] = await storeArticles(cb, [{}, {}])
  await add(a.id, ALICE)
  await add(b.id, BOB)
  expect(data(await list(BOB)).items.map((i) => i.id)).toEqual([b.id])
  await remove(a.id, BOB)
  expect(data(await list(ALICE)).items.map((i) => i.id)).toEqual([a.id])
  const article = data(await callContent(cb, 'getArticle', { id: a.id }, BOB))
  expect(article.favourited).toBe(false)
})

test('getArticle says whether the caller has favourited it; anonymous callers never have', async () => {
  const [article] = await storeArticles(cb, [{}])
  expect(data(await callContent(cb, 'getArticle', { id: article.id }, ALICE)).favourited).toBe(false)
  await add(article.id, ALICE)
  expect(data(await callContent(cb, 'getArticle', { id: article.id }, ALICE)).favourited).toBe(true)
  expect(data(await callContent(cb, 'getArticle', { id: article.id })).favourited).toBe(false)
})

test('lists newest favourite first, as feed rows with the time favourited, paging by cursor', async () => {
  const articles = await storeArticles(cb, Array.from({ length: 7 }, () => ({})))
  for (const a of articles) {
    await add(a.id, ALICE)
    await new Promise((r) => setTimeout(r, 2))
  }
  const seen: FavouriteItem[] = []
  let cursor: string | undefined
  for (let page = 0; page < 10; page++) {
    const res = data(await list(ALICE, { limit: 3, ...(cursor ? { cursor } : {}) }))
    seen.push(...res.items)
    if (!res.nextCursor) break
    cursor = res.nextCursor
  }
  expect(seen.map((i) => i.id)).toEqual(articles.map((a) => a.id).reverse())
  expect(Object.keys(seen[0]).sort()).toEqual(['channel', 'favouritedAt', 'id', 'publishedAt', 'summary', 'title'])
  expect(seen[0]).toMatchObject({ title: articles[6].title, summary: articles[6].summary })
})

test('pages by cursor without repeats when favourites share a time', async () => {
  const articles = await storeArticles(cb, Array.from({ length: 5 }, () => ({})))
  const createdAt = '2025-06-01T00:00:00.000Z'
  const favs = cb.sdk.database().collection('favourites')
  for (const a of articles) await favs.add({ _id: `fav-${a.id}`, openid: ALICE, articleId: a.id, createdAt })
  const first = data(await list(ALICE, { limit: 2 }))
  const second = data(await list(ALICE, { limit: 2, cursor: first.nextCursor! }))
  const third = data(await list(ALICE, { limit: 2, cursor: second.nextCursor! }))
  const ids = [...first.items, ...second.items, ...third.items].map((i) => i.id)
  expect(new Set(ids).size).toBe(5)
  expect(third.nextCursor).toBeNull()
})

test('a favourite whose article was taken down is left out, and paging goes on past it', async () => {
  const [a, b, c] = await storeArticles(cb, [{}, {}, {}])
  for (const x of [a, b, c]) {
    await add(x.id, ALICE)
    await new Promise((r) => setTimeout(r, 2))
  }
  await cb.sdk.database().collection('articles').doc(c.id).remove()
  const first = data(await list(ALICE, { limit: 1 }))
  expect(first.items).toEqual([])
  expect(first.nextCursor).not.toBeNull()
  const rest = data(await list(ALICE, { limit: 5, cursor: first.nextCursor! }))
  expect(rest.items.map((i) => i.id)).toEqual([b.id, a.id])
})
