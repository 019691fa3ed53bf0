// getArticle with `forOffline`: the app keeping a channel's first-page article on the device for
// reading offline is not a read, so the view count does not move; opening it still counts.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

test('kept for offline: the whole article, not counted; then opened: counted', async () => {
  const [a] = await storeArticles(cb, [{ title: '离线阅读测试' }])
  const kept = data(await callContent(cb, 'getArticle', { id: a.id, forOffline: true }))
  expect(kept).toMatchObject({ id: a.id, title: '离线阅读测试', viewCount: 0 })
  expect(kept.blocks.length).toBeGreaterThan(0)
  data(await callContent(cb, 'getArticle', { id: a.id, forOffline: true }))
  expect(data(await callContent(cb, 'getArticle', { id: a.id })).viewCount).toBe(1)
  expect(data(await callContent(cb, 'getArticle', { id: a.id })).viewCount).toBe(2)
})

test('forOffline must be a boolean', async () => {
  const [a] = await storeArticles(cb, [{}])
  expect(await callContent(cb, 'getArticle', { id: a.id, forOffline: 'yes' } as never)).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT' } } })
})
