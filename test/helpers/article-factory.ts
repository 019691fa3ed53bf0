// Small generators for article documents, so tests state only what matters to them.
import type { ArticleInput } from '../../contracts/content/article'

let seq = 0

/** An article with sensible defaults; override what the test is about. */
export function makeArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  seq += 1
  return {
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
}
