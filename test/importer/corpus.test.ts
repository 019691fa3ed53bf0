// The importer reads every page of the corpus (41 real pages from 39 sites) exactly as a person
// recorded it: title, date, source, first and last paragraph, headings, captions, images.
import { parseArticlePage } from '../../importer/parse/parse-article-page'
import { readPage } from '../../importer/parse/read-page'
import { expectedShape, loadCorpus, shapeOf } from './corpus'

const corpus = loadCorpus()

describe('the corpus', () => {
  it('has at least 40 pages from at least 10 sites, of every kind the issue names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40)
    expect(new Set(corpus.map((p) => new URL(p.expected.url).hostname)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(corpus.map((p) => p.expected.kind))).toEqual(new Set(['union-site', 'news', 'notice', 'media-account', 'wechat-mirror']))
  })
})

describe.each(corpus.map((p) => [p.name, p] as const))('%s', (_name, page) => {
  const reading = readPage(page.text)

  it('reads as recorded', () => {
    expect(shapeOf(reading, page.expected)).toEqual(expectedShape(page.expected))
  })

  it('imports from the command line exactly when it has a title and a date', () => {
    const result = parseArticlePage(page.text, { sourceKey: page.name })
    if (page.expected.publishedAt === null) expect(result).toEqual({ ok: false, reason: '找不到发布日期' })
    else if (page.expected.title === null) expect(result).toEqual({ ok: false, reason: '找不到标题' })
    else expect(result.ok).toBe(true)
  })
})
