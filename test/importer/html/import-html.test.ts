// `npm run import` with saved HTML pages: pictures and attachments are copied into the local
// CloudBase's storage through the SDK (never hotlinked), served here by a real HTTP server on
// 127.0.0.1; a page whose picture cannot be fetched, or a hostile page, writes nothing.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { ArticleDoc } from '../../../contracts/content/article'
import { importFiles } from '../../../importer/import-files'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { governmentPage } from './html-pages'

// A real 1×1 PNG and two different small files.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const PNG2 = Buffer.concat([PNG, Buffer.from('second')])
const PDF = Buffer.from('%PDF-1.4\n% 工作报告\n%%EOF\n')
const DOCX = Buffer.from('PK\u0003\u0004 会员代表名单')

let cb: TestCloudbase
let server: http.Server
let base: string
const served: Record<string, { type: string; body: Buffer }> = {
  '/images/1.png': { type: 'image/png', body: PNG },
  '/images/2.png': { type: 'image/png', body: PNG2 },
  '/files/report.pdf': { type: 'application/pdf', body: PDF },
  '/files/list.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: DOCX },
}

beforeAll(async () => {
  cb = await startTestCloudbase()
  server = http.createServer((req, res) => {
    const file = served[req.url ?? '']
    if (!file) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await cb.stop()
})
beforeEach(() => cb.reset())

const articles = async () => (await cb.sdk.database().collection('articles').get()).data as ArticleDoc[]
const hashPath = (key: string, bytes: Buffer, ext: string) => `imports/${key}/${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}${ext}`
const stored = (cloudPath: string) => cb.local.files.stat(cb.local.files.fileIdOf(cloudPath))

function savedPage(html: string, name = 'post_10359855.html'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-html-'))
  const file = path.join(dir, name)
  writeFileSync(file, html)
  return file
}

function page(overrides: Partial<{ img1: string; img2: string; pdf: string; doc: string }> = {}): string {
  return governmentPage({ base, img1: `${base}/images/1.png`, img2: `${base}/images/2.png`, pdf: `${base}/files/report.pdf`, doc: `${base}/files/list.docx`, ...overrides })
}

test('a saved government page imports with its pictures and attachments copied into storage', async () => {
  const [result] = await importFiles(cb.sdk, [savedPage(page())])
  expect(result).toMatchObject({ outcome: 'imported', title: '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开' })
  const [doc] = await articles()
  expect(doc).toMatchObject({ sourceKey: 'post_10359855', channel: '工会动态', source: '福田区总工会', publishedAt: '2022-12-28T10:00:00.000Z' })
  const images = doc.blocks.filter((b): b is { type: 'image'; src?: string; caption?: string } => b.type === 'image')
  expect(images.map((i) => i.src)).toEqual([cb.local.files.fileIdOf(hashPath('post_10359855', PNG, '.png')), cb.local.files.fileIdOf(hashPath('post_10359855', PNG2, '.png'))])
  expect(doc.attachments).toEqual([
    { name: '福田区工会第六次代表大会工作报告.pdf', url: cb.local.files.fileIdOf(hashPath('post_10359855', PDF, '.pdf')) },
    { name: '会员代表名单.docx', url: cb.local.files.fileIdOf(hashPath('post_10359855', DOCX, '.docx')) },
  ])
  // Nothing points at the site any more, and storage holds the very bytes the site served.
  expect(JSON.stringify(doc.blocks) + JSON.stringify(doc.attachments)).not.toContain(base)
  const { fileContent } = (await cb.sdk.downloadFile({ fileID: images[0].src! })) as { fileContent: Buffer }
  expect(Buffer.compare(fileContent, PNG)).toBe(0)
})

test('importing the saved page again is unchanged and stores no second copy', async () => {
  const file = savedPage(page())
  await importFiles(cb.sdk, [file])
  const [again] = await importFiles(cb.sdk, [file])
  expect(again.outcome).toBe('unchanged')
  expect(await articles()).toHaveLength(1)
})

test('a picture that cannot be fetched fails the page: no article, and the files it uploaded are gone', async () => {
  const [result] = await importFiles(cb.sdk, [savedPage(page({ img2: `${base}/images/missing.png` }))])
  expect(result).toEqual({ file: expect.any(String), outcome: 'failed', reason: `图片下载失败（HTTP 404）：${base}/images/missing.png` })
  expect(await articles()).toHaveLength(0)
  expect(stored(hashPath('post_10359855', PNG, '.png'))).toBeUndefined()
})

test('a browser-saved page reads its pictures from its own folder, and nothing outside it', async () => {
  const file = savedPage(page({ img1: 'post_files/1.png', img2: 'post_files/2.png', pdf: 'post_files/report.pdf', doc: 'post_files/list.docx' }), 'saved.html')
  const dir = path.dirname(file)
  mkdirSync(path.join(dir, 'post_files'))
  writeFileSync(path.join(dir, 'post_files', '1.png'), PNG)
  writeFileSync(path.join(dir, 'post_files', '2.png'), PNG2)
  writeFileSync(path.join(dir, 'post_files', 'report.pdf'), PDF)
  writeFileSync(path.join(dir, 'post_files', 'list.docx'), DOCX)
  const [ok] = await importFiles(cb.sdk, [file])
  expect(ok.outcome).toBe('imported')
  expect(stored(hashPath('saved', PNG2, '.png'))).toBeDefined()

  const escaping = savedPage(page({ img1: '../../etc/passwd.png' }), 'escape.html')
  const [refused] = await importFiles(cb.sdk, [escaping])
  expect(refused).toMatchObject({ outcome: 'failed' })
  expect((refused as { reason: string }).reason).toMatch(/^图片(?:在页面文件夹之外，已拒绝|文件不存在)：/)
})

test('a hostile page is refused with its reason and writes nothing', async () => {
  const [bomb] = await importFiles(cb.sdk, [savedPage(`<html><body>${'<div>'.repeat(50_000)}</body></html>`, 'bomb.html')])
  expect(bomb).toMatchObject({ outcome: 'failed', reason: '页面结构嵌套过深（超过 256 层），疑似恶意页面，已拒绝' })
  const [noDate] = await importFiles(cb.sdk, [savedPage('<html><body><h1>没有日期的页面标题</h1><div class="article-content"><p>区总工会举办的职工运动会圆满落幕，来自各街道的职工参加了比赛。</p></div></body></html>', 'nodate.html')])
  expect(noDate).toMatchObject({ outcome: 'failed', reason: '找不到发布日期' })
  expect(await articles()).toHaveLength(0)
})
