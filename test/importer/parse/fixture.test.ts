import { readFileSync } from 'fs'
import path from 'path'
import type { ArticleBlock, ArticleInput } from '@contracts/content/article'
import { parseArticlePage } from '../../../importer/parse/parse-article-page'

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/articles/szft-ghdt-post_10359855.txt')

function parseFixture(): { article: ArticleInput; warnings: string[] } {
  const result = parseArticlePage(readFileSync(FIXTURE, 'utf8'), {
    sourceKey: 'szft-ghdt-post_10359855',
    sourceUrl: 'http://www.szft.gov.cn/bmxx_qt/qzgh/ghdt/content/post_10359855.html',
  })
  if (!result.ok) throw new Error(`fixture did not parse: ${result.reason}`)
  return result
}

function blockText(block: ArticleBlock): string {
  return block.type === 'image' ? (block.caption ?? '') : block.text
}

describe('the szft 工会动态 fixture', () => {
  const { article, warnings } = parseFixture()
  const paragraphs = article.blocks.filter((b): b is { type: 'paragraph'; text: string } => b.type === 'paragraph')
  const headings = article.blocks.filter((b): b is { type: 'heading'; text: string } => b.type === 'heading')
  const images = article.blocks.filter((b): b is { type: 'image'; src?: string; caption?: string } => b.type === 'image')

  it('has the title', () => {
    expect(article.title).toBe('对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开')
  })

  it('is dated 2022-12-28 18:00 Shanghai time', () => {
    expect(article.publishedAt).toBe('2022-12-28T10:00:00.000Z')
  })

  it('is in 工会动态, from 福田区总工会, keyed and linked as asked', () => {
    expect(article.channel).toBe('工会动态')
    expect(article.source).toBe('福田区总工会')
    expect(article.sourceKey).toBe('szft-ghdt-post_10359855')
    expect(article.sourceUrl).toBe('http://www.szft.gov.cn/bmxx_qt/qzgh/ghdt/content/post_10359855.html')
  })

  it('starts the body with the opening paragraph', () => {
    expect(article.blocks[0].type).toBe('paragraph')
    expect(paragraphs[0].text.startsWith('12月21日，福田区工会第六次代表大会在深圳五洲宾馆胜利召开')).toBe(true)
  })

  it('has the 4 sub-headings', () => {
    expect(headings).toHaveLength(4)
    expect(headings[0].text).toBe('打造先行示范工会，全市率先推出会员代表常任制')
    expect(headings[3].text).toBe('聚焦先行示范“六有”工会建设要求，引领职工奋力建功新时代')
  })

  it('has 10 images, each captioned, without src', () => {
    expect(images).toHaveLength(10)
    for (const image of images) {
      expect(image.caption).toBeTruthy()
      expect(image.caption).not.toMatch(/^▲|\s$/)
      expect(image.src).toBeUndefined()
    }
    expect(images[0].caption).toBe('12月21日，福田区工会第六次代表大会在深圳五洲宾馆胜利召开。')
    expect(images[9].caption).toBe('福田区工会第六次代表大会胜利闭幕')
  })

  it('ends with the last paragraph', () => {
    expect(paragraphs[paragraphs.length - 1].text.endsWith('贡献工会智慧和力量。')).toBe(true)
  })

  it('carries none of the site chrome', () => {
    const chrome = ['网站首页', '你的当前位置', '字号', '视力保护色', '分享到', '主办', '网站标识码', '收藏此页', '相关附件', '2022-12-28', '版权保护']
    const texts = [article.title, article.summary, ...article.blocks.map(blockText)]
    for (const word of chrome) {
      for (const text of texts) expect(text).not.toContain(word)
    }
    expect(article.blocks.some((b) => b.type !== 'image' && b.text.startsWith('•'))).toBe(false)
  })

  it('summarises the first paragraph in at most 80 characters', () => {
    expect(Array.from(article.summary)).toHaveLength(80)
    expect(article.summary.endsWith('…')).toBe(true)
    expect(paragraphs[0].text.startsWith(article.summary.slice(0, -1))).toBe(true)
  })

  it('has no cover, byline or attachments, and nothing to warn about', () => {
    expect(article.cover).toBeUndefined()
    expect(article.byline).toBeUndefined()
    expect(article.attachments).toEqual([])
    expect(warnings).toEqual([])
  })

  it('has no non-breaking spaces or untrimmed text left', () => {
    for (const text of article.blocks.map(blockText)) {
      expect(text).not.toMatch(/\u00a0/)
      expect(text).toBe(text.trim())
    }
  })
})
