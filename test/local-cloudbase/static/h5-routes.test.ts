// test/local-cloudbase/static: the H5 build goes out compressed (brotli, else gzip, by the
// request's Accept-Encoding) from the .br / .gz the build wrote, hashed files cached for a year,
// index.html revalidated. A real local CloudBase over HTTP, a real folder of files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

const SCRIPT = `console.log(${JSON.stringify('福田'.repeat(2000))})`
let cb: TestCloudbase

beforeAll(async () => {
  const h5Dir = mkdtempSync(path.join(os.tmpdir(), 'futian-h5-'))
  mkdirSync(path.join(h5Dir, 'js'))
  writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>福田</title>')
  writeFileSync(path.join(h5Dir, 'js', 'app.7d23e665.js'), SCRIPT)
  writeFileSync(path.join(h5Dir, 'js', 'app.7d23e665.js.br'), zlib.brotliCompressSync(SCRIPT))
  writeFileSync(path.join(h5Dir, 'js', 'app.7d23e665.js.gz'), zlib.gzipSync(SCRIPT))
  cb = await startTestCloudbase({ h5Dir })
})

afterAll(() => cb?.stop())

async function get(pathname: string, acceptEncoding: string) {
  // fetch decodes the body but keeps the content-encoding header, which is what is asserted.
  const res = await fetch(cb.url + pathname, { headers: { 'accept-encoding': acceptEncoding } })
  return { res, body: Buffer.from(await res.arrayBuffer()) }
}

test('a hashed script goes out as brotli to a browser that takes it, cached for a year', async () => {
  const { res } = await get('/js/app.7d23e665.js', 'gzip, deflate, br')
  expect(res.headers.get('content-encoding')).toBe('br')
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(res.headers.get('content-type')).toMatch(/javascript/)
  expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
})

test('gzip to one that takes only gzip, and the plain file to one that takes neither', async () => {
  expect((await get('/js/app.7d23e665.js', 'gzip')).res.headers.get('content-encoding')).toBe('gzip')
  const plain = await get('/js/app.7d23e665.js', 'identity')
  expect(plain.res.headers.get('content-encoding')).toBeNull()
  expect(plain.body.toString()).toBe(SCRIPT)
})

test('index.html is revalidated on every visit, so a new build is seen at once', async () => {
  const { res, body } = await get('/', 'br')
  expect(res.headers.get('cache-control')).toBe('no-cache')
  expect(body.length).toBeGreaterThan(0)
})
