// Small generators for article documents, so tests state only what matters to them.
import type { ArticleInput } from '../../contracts/content/article'
import { articleSearchTerms } from '../../contracts/content/search-terms'

let seq = 0

/** An article as stored: the input with the search terms the importer would give it. */
export type StoredArticle = ArticleInput & { searchTerms: string[] }

/** An article with sensible defaults; override what the test is about. Its `searchTerms` follow the overrides. */
export function makeArticle(overrides: Partial<ArticleInput> = {}): StoredArticle {
  seq += 1
  const article: ArticleInput = {
    sourceKey: `test-article-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    title: `测试文章 ${seq}`,
    channel: '工会动态',
    publishedAt: new Date(Date.UTC(2024, 0, 1) + seq * 3_600_000).toISOString(),
    source: '福田区总工会',
    summary: `第 ${seq} 篇测试文章的摘要`,
    blocks: [{ type: 'paragraph', text: `第 ${seq} 篇测试文章的正文。` }],
    attachments: [],
    ...overrides
  }
  return { ...article, searchTerms: articleSearchTerms(article) }
}
