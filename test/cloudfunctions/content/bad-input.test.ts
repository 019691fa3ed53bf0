// Every action of `content` refuses bad input with a 400-class reply in Chinese, and changes nothing.
import type { ContentActions } from '../../../contracts/content/actions'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callContent, databasePicture, storeArticles } from './content-kit'

let cb: TestCloudbase
let articleId: string
let before: string
const WORKER = 'o-worker-openid'

beforeAll(async () => {
  cb = await startTestCloudbase()
  const [article] = await storeArticles(cb, [{ title: '圆梦计划申请指南' }, { title: '暖蜂驿站' }])
  articleId = article.id
  await callContent(cb, 'addFavourite', { id: articleId }, WORKER)
  before = databasePicture(cb)
})
afterAll(() => cb.stop())
afterEach(() => expect(databasePicture(cb)).toBe(before))

const CHINESE = /[\u4e00-\u9fa5]/
const badCursor = 'garbage!!'
const longCursor = 'a'.repeat(201)

type Case = [action: keyof ContentActions, input: Record<string, unknown>]
const CASES: Case[] = [
  ['listChannels', { channel: '工会动态' }],
  ['listArticles', { limit: '5' }],
  ['listArticles', { cursor: longCursor }],
  ['listHeadlines', { channel: 42 }],
  ['listHeadlines', { channel: '' }],
  ['listHeadlines', { limit: 5 }],
  ['getHome', {}],
  ['getHome', { channel: '' }],
  ['getHome', { channel: '工会动态', limit: 0 }],
  ['getHome', { channel: '工会动态', limit: 51 }],
  ['getHome', { channel: '工会动态', cursor: 'x' }],
  ['searchArticles', {}],
  ['searchArticles', { q: 42 }],
  ['searchArticles', { q: ['圆梦计划'] }],
  ['searchArticles', { q: '' }],
  ['searchArticles', { q: '   ' }],
  ['searchArticles', { q: '圆'.repeat(60) }],
  ['searchArticles', { q: '圆梦计划', limit: 0 }],
  ['searchArticles', { q: '圆梦计划', limit: 51 }],
  ['searchArticles', { q: '圆梦计划', limit: 2.5 }],
  ['searchArticles', { q: '圆梦计划', sort: 'title' }],
  ['searchArticles', { q: '圆梦计划', cursor: 7 }],
  ['searchArticles', { q: '圆梦计划', cursor: longCursor }],
  ['getArticle', {}],
  ['getArticle', { id: 123 }],
  ['getArticle', { id: '   ' }],
  ['getArticle', { id: 'x'.repeat(65) }],
  ['getArticle', { id: { $gt: '' } }],
  ['getArticle', { id: 'x', fields: ['searchTerms'] }],
  ['listRelated', { id: 'x', limit: 0 }],
  ['listRelated', { id: 'x', limit: 11 }],
  ['listRelated', { id: null }],
  ['listRelated', { id: 'x', channel: '工会动态' }],
  ['recordShare', { id: 'x' }],
  ['recordShare', { id: 'x', target: 'weibo' }],
  ['recordShare', { id: 5, target: 'chat' }],
  ['recordShare', { id: 'x', target: 'chat', shareCount: 1000 }],
  ['addFavourite', {}],
  ['addFavourite', { id: 1 }],
  ['addFavourite', { id: 'x', openid: 'o-someone-else' }],
  ['removeFavourite', { id: [] }],
  ['removeFavourite', { id: 'x', createdAt: '2020-01-01T00:00:00.000Z' }],
  ['listFavourites', { limit: 100 }],
  ['listFavourites', { cursor: 5 }],
  ['listFavourites', { openid: 'o-someone-else' }]
]

test.each(CASES)('%s %j is 400 INVALID_INPUT with a Chinese message', async (action, input) => {
  const res = await callContent(cb, action, input, WORKER)
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) } })
})

test.each(['listArticles', 'searchArticles', 'listFavourites'] as const)('%s with a malformed cursor is 400 INVALID_CURSOR', async (action) => {
  const shapes = [badCursor, Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from(`["2025-01-01T00:00:00.000Z","${'x'.repeat(65)}"]`).toString('base64url')]
  for (const cursor of shapes) {
    const res = await callContent(cb, action, { ...(action === 'searchArticles' ? { q: '圆梦计划' } : {}), cursor }, WORKER)
    expect(res).toEqual({ status: 400, body: { ok: false, error: { code: 'INVALID_CURSOR', message: '翻页信息已失效，请下拉刷新后重试' } } })
  }
})

test.each(Object.keys({
  listChannels: 1, listArticles: 1, listHeadlines: 1, getHome: 1, searchArticles: 1, getArticle: 1, listRelated: 1, recordShare: 1, addFavourite: 1, removeFavourite: 1, listFavourites: 1
} satisfies Record<keyof ContentActions, 1>))('%s with a 10 MB body is 413 in Chinese', async (action) => {
  const body = JSON.stringify({ action, id: articleId, q: '工会', pad: '工'.repeat(10 * 1024 * 1024 / 3) })
  const res = await cb.call('content', body, WORKER)
  expect(res).toEqual({ status: 413, body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大' } } })
})

test('a body that is not JSON is 400 in Chinese', async () => {
  const res = await cb.call('content', '{"action":"searchArticles","q":', WORKER)
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(CHINESE) } })
})
