// The gateway's contract: unknown functions and actions are 404, bad bodies 400, big bodies 413,
// bad openid headers 400 — always as an envelope with a Chinese message. Replies over 1 KB are
// gzipped for a caller that accepts gzip, as Tencent Cloud's API gateway does.
import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { makeArticle } from '../helpers/article-factory'
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

/** POST with exactly these headers (fetch would add its own Accept-Encoding); the raw bytes back. */
function postRaw(path: string, body: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${cb.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('reply compression', () => {
  let articleCall: string
  beforeAll(async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({ type: 'paragraph' as const, text: `第 ${i + 1} 段：福田区总工会为职工办实事，暖蜂驿站、职工书屋和爱心妈妈小屋遍布全区。` }))
    const { id } = (await cb.sdk.database().collection('articles').add(makeArticle({ blocks: paragraphs }))) as { id: string }
    articleCall = JSON.stringify({ action: 'getArticle', id, forOffline: true })
  })

  test('a reply over 1 KB is gzipped for a caller that accepts gzip, and unzips to the same envelope', async () => {
    const plain = await postRaw('/api/content', articleCall)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.bytes.length).toBeGreaterThan(1024)
    const zipped = await postRaw('/api/content', articleCall, 'gzip, deflate, br')
    expect(zipped).toMatchObject({ status: 200, headers: { 'content-encoding': 'gzip', vary: 'accept-encoding' } })
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 2)
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')))
  })

  test('gzip only: a caller that accepts only brotli gets the reply as it is', async () => {
    const res = await postRaw('/api/content', articleCall, 'br')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(res.bytes.toString('utf8'))).toMatchObject({ ok: true, data: { blocks: expect.any(Array) } })
  })

  test('a reply of 1 KB or less goes as it is', async () => {
    const res = await postRaw('/api/content', '{"action":"dropEverything"}', 'gzip')
    expect(res.bytes.length).toBeLessThanOrEqual(1024)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(res.bytes.toString('utf8'))).toMatchObject({ ok: false, error: { code: 'ACTION_NOT_FOUND' } })
  })
})
