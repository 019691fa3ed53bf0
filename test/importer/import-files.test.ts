// Importing pages through the SDK: the fixture lands whole, re-imports update in place and never
// duplicate, and a page that cannot be parsed writes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import type { ArticleDoc } from '../../contracts/content/article'
import { importFiles } from '../../importer/import-files'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'
import { ROOT } from '../../scripts/paths'

const FIXTURE = path.resolve(ROOT, '..', 'shared', 'fixtures', 'articles', 'szft-ghdt-post_10359855.txt')

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

const allArticles = async () => (await cb.sdk.database().collection('articles').get()).data as ArticleDoc[]

test('the fixture imports as one clean article', async () => {
  const [result] = await importFiles(cb.sdk, [FIXTURE])
  expect(result).toMatchObject({ outcome: 'imported', title: '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开' })
  const [doc] = await allArticles()
  expect(doc).toMatchObject({ sourceKey: 'szft-ghdt-post_10359855', channel: '工会动态', publishedAt: '2022-12-28T10:00:00.000Z' })
  expect(doc.blocks.filter((b) => b.type === 'image')).toHaveLength(10)
})

test('importing the same page again changes nothing and never duplicates', async () => {
  await importFiles(cb.sdk, [FIXTURE])
  const [again] = await importFiles(cb.sdk, [FIXTURE])
  expect(again.outcome).toBe('unchanged')
  expect(await allArticles()).toHaveLength(1)
})

test('an edited page updates the stored article in place, keeping its id and createdAt', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-import-'))
  const file = path.join(dir, 'szft-ghdt-post_10359855.txt')
  writeFileSync(file, readFileSync(FIXTURE, 'utf8'))
  const [first] = await importFiles(cb.sdk, [file])
  const before = (await allArticles())[0]
  writeFileSync(file, readFileSync(FIXTURE, 'utf8').replace('对标先行示范 争创一流工会', '对标先行示范 争创一流工会（更新）'))
  const [second] = await importFiles(cb.sdk, [file])
  expect(second).toMatchObject({ outcome: 'updated', id: first.outcome !== 'failed' ? first.id : '' })
  const [after] = await allArticles()
  expect(after.title).toContain('（更新）')
  expect(after.createdAt).toBe(before.createdAt)
})

test('a page that cannot be parsed fails with its reason and writes nothing', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-import-'))
  const bad = path.join(dir, 'empty-page.txt')
  writeFileSync(bad, '• 网站首页\n你的当前位置: 首页 > 工会动态\n')
  const [result] = await importFiles(cb.sdk, [bad])
  expect(result).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/找不到/) })
  expect(await allArticles()).toHaveLength(0)
})

test('npm run import: summary, and exit 1 when a page fails', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-cli-'))
  const bad = path.join(dataDir, 'bad.txt')
  writeFileSync(bad, '没有日期的页面\n')
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'importer', 'cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' })
  const ok = run([FIXTURE])
  expect(ok.status).toBe(0)
  expect(ok.stdout).toContain('新增 1 篇')
  const again = run([path.dirname(FIXTURE), bad])
  expect(again.status).toBe(1)
  expect(again.stdout).toContain('未变化 1 篇')
  expect(again.stdout).toMatch(/失败：bad\.txt — 找不到/)
})
