// The gateway's contract: unknown functions and actions are 404, bad bodies 400, big bodies 413,
// bad openid headers 400 — always as an envelope with a Chinese message.
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())

const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${cb.url}${path}`, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, body: await r.json() }))

test('an unknown function is 404 FUNCTION_NOT_FOUND', async () => {
  expect(await post('/api/nope', '{}')).toEqual({ status: 404, body: { ok: false, error: { code: 'FUNCTION_NOT_FOUND', message: '请求的服务不存在' } } })
})

test('a path-like function name is not a way out of the functions folder', async () => {
  expect((await post('/api/..%2F..%2Fpackage', '{}')).status).toBe(404)
})

test('an unknown action is 404 ACTION_NOT_FOUND', async () => {
  expect(await post('/api/content', '{"action":"dropEverything"}')).toMatchObject({ status: 404, body: { error: { code: 'ACTION_NOT_FOUND' } } })
})

test('malformed JSON is 400', async () => {
  expect(await post('/api/content', '{"action":')).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_JSON' } } })
})

test('a JSON body that is not an object is 400', async () => {
  expect(await post('/api/content', '[1,2]')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON' } } })
})

test('a body over 1 MiB is 413', async () => {
  const big = JSON.stringify({ action: 'listArticles', channel: 'x'.repeat(1024 * 1024 + 10) })
  expect(await post('/api/content', big)).toMatchObject({ status: 413, body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大' } } })
})

test('a malformed openid header is refused', async () => {
  const res = await post('/api/content', '{"action":"listArticles"}', { 'content-type': 'application/json', 'x-wx-openid': 'bad openid!' })
  expect(res).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT' } } })
})

test('admin routes live under /__local only', async () => {
  const health = await fetch(`${cb.url}/__local/health`).then((r) => r.json())
  expect(health).toMatchObject({ ok: true, collections: expect.arrayContaining(['articles']) })
})
