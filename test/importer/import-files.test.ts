// Importing pages through the SDK: the fixture lands whole, re-imports update in place and never
// duplicate, and a page that cannot be parsed writes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import type { ArticleDoc } from '../../contracts/content/article'
import { articleSearchTerms } from '../../contracts/content/search-terms'
import { importFiles, SAMPLE_MARKER } from '../../importer/import-files'
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
const allChannels = () => cb.local.store.all('channels')

/** A copy of the fixture in a temporary folder, edited by `edit`, under the fixture's file name. */
function fixtureCopy(edit: (text: string) => string = (t) => t): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'futian-import-')), 'szft-ghdt-post_10359855.txt')
  writeFileSync(file, edit(readFileSync(FIXTURE, 'utf8')))
  return file
}
const TITLE = '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开'

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

test('an article is stored with the search terms of its title and body, and its channel is counted', async () => {
  await importFiles(cb.sdk, [FIXTURE])
  const [doc] = await allArticles()
  expect(doc.searchTerms).toEqual(articleSearchTerms(doc))
  expect(doc.searchTerms).toEqual(expect.arrayContaining(['圆梦', '梦计', '计划', '暖蜂', '蜂驿', '驿站']))
  expect(allChannels()).toEqual([{ _id: '工会动态', name: '工会动态', order: 0, articleCount: 1 }])
})

test('re-importing keeps view and share counts and the headline pin, whether the page changed or not', async () => {
  const file = fixtureCopy()
  await importFiles(cb.sdk, [file])
  const [stored] = await allArticles()
  const articles = cb.sdk.database().collection('articles')
  const _ = cb.sdk.database().command
  await articles.doc(stored._id).update({ viewCount: _.inc(41), shareCount: _.inc(3), pinnedRank: 0 })
  // A publisher's pin lives on the content item too (contentAdmin's pin action writes both).
  await cb.sdk.database().collection('contentItems').doc(stored._id).update({ pin: { rank: 0 } })

  const [same] = await importFiles(cb.sdk, [file])
  expect(same.outcome).toBe('unchanged')
  writeFileSync(file, readFileSync(file, 'utf8').replace('对标先行示范 争创一流工会', '对标先行示范 争创一流工会（更新）'))
  const [changed] = await importFiles(cb.sdk, [file])
  expect(changed.outcome).toBe('updated')

  const [after] = await allArticles()
  expect(after).toMatchObject({ _id: stored._id, viewCount: 41, shareCount: 3, pinnedRank: 0, createdAt: stored.createdAt })
  expect(after.title).toContain('（更新）')
  expect(after.searchTerms).toEqual(expect.arrayContaining(['更新']))
  expect(after.searchTerms).toEqual(articleSearchTerms(after))
})

test('an unchanged page writes nothing at all', async () => {
  await importFiles(cb.sdk, [FIXTURE])
  const before = JSON.stringify(cb.local.store.collections().map((c) => cb.local.store.all(c)))
  const [again] = await importFiles(cb.sdk, [FIXTURE])
  expect(again.outcome).toBe('unchanged')
  expect(JSON.stringify(cb.local.store.collections().map((c) => cb.local.store.all(c)))).toBe(before)
})

test('an article stored before search and content management existed is adopted, gets its terms and keeps its reads', async () => {
  await importFiles(cb.sdk, [FIXTURE])
  const [doc] = await allArticles()
  // As an older importer left it: no content item, no search terms.
  await cb.sdk.database().collection('contentItems').doc(doc._id).remove()
  await cb.sdk.database().collection('contentRevisions').where({ itemId: doc._id }).remove()
  await cb.sdk.database().collection('articles').doc(doc._id).update({ searchTerms: cb.sdk.database().command.remove(), viewCount: 7 })
  await cb.sdk.database().collection('channels').doc('工会动态').remove()
  const [again] = await importFiles(cb.sdk, [FIXTURE])
  expect(again.outcome).toBe('updated')
  const [after] = await allArticles()
  expect(after).toMatchObject({ _id: doc._id, viewCount: 7, searchTerms: articleSearchTerms(doc) })
  expect(cb.local.store.all('contentItems')).toMatchObject([{ _id: doc._id, state: 'published', revision: 2, liveRevision: 2, editors: ['system:import'] }])
  expect(allChannels()).toHaveLength(1)
})

test('a page that moves to another channel is counted there and no longer in the old one', async () => {
  const file = fixtureCopy()
  await importFiles(cb.sdk, [file])
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(区总工会\s*>\s*)工会动态/, '$1通知公告'))
  await importFiles(cb.sdk, [file])
  expect(allChannels()).toEqual([{ _id: '通知公告', name: '通知公告', order: 1, articleCount: 1 }])
})

test('a page whose body opens with 【示例】 is stored as a sample, without the marker', async () => {
  const file = fixtureCopy((t) => t.replace('视力保护色:12345\n', `视力保护色:12345\n\n  ${SAMPLE_MARKER}\n`))
  const [result] = await importFiles(cb.sdk, [file])
  expect(result).toMatchObject({ outcome: 'imported', title: TITLE })
  const [doc] = await allArticles()
  expect(doc.sample).toBe(true)
  expect(doc.summary.startsWith('12月21日')).toBe(true)
  expect(JSON.stringify(doc.blocks)).not.toContain(SAMPLE_MARKER)
  expect(doc.blocks).toHaveLength(((await parseFixtureBlocks()) as unknown[]).length)
})

test('【示例】 anywhere but the top of the body is ordinary text, not the sample mark', async () => {
  const file = fixtureCopy((t) => t.replace('打造先行示范工会,全市率先推出会员代表常任制', `打造先行示范工会,全市率先推出会员代表常任制\n\n  ${SAMPLE_MARKER}\n`))
  await importFiles(cb.sdk, [file])
  const [doc] = await allArticles()
  expect(doc.sample).toBeUndefined()
  expect(JSON.stringify(doc.blocks)).toContain(SAMPLE_MARKER)
})

async function parseFixtureBlocks() {
  const { parseArticlePage } = await import('../../importer/parse/parse-article-page')
  const parsed = parseArticlePage(readFileSync(FIXTURE, 'utf8'), { sourceKey: 'x' })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.article.blocks
}

test('a page for a channel set to 需审核 waits in 待审核 as the importer’s revision, not live, until a publisher publishes it', async () => {
  await cb.sdk.database().collection('channels').doc('工会动态').set({ name: '工会动态', order: 0, articleCount: 0, managed: true, autoPublish: false })
  const [result] = await importFiles(cb.sdk, [FIXTURE])
  expect(result).toMatchObject({ outcome: 'imported', title: TITLE })
  expect(await allArticles()).toEqual([])
  expect(cb.local.store.all('contentItems')).toMatchObject([{ state: 'pending', liveRevision: null, editors: ['system:import'], origin: { by: 'import', sourceKey: 'szft-ghdt-post_10359855' } }])
  expect(allChannels()).toMatchObject([{ _id: '工会动态', articleCount: 0, autoPublish: false }])
  // Imported again unchanged: still one item, still waiting.
  const [again] = await importFiles(cb.sdk, [FIXTURE])
  expect(again.outcome).toBe('unchanged')
  expect(cb.local.store.all('contentItems')).toHaveLength(1)
})
