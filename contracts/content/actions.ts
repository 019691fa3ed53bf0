// Inputs and outputs of the `content` function's actions. The function parses events with these
// schemas; the app takes its types from them.
import { z } from '../zod'
import type { ArticleDetail, ArticleSummary } from './article'

const id = z.string().trim().min(1, '缺少文章编号').max(64, '文章编号无效')
const channel = z.string().trim().min(1).max(20, '栏目名称无效')
const cursor = z.string().max(200, '翻页信息无效')

export const listArticlesInput = z.strictObject({
  channel: channel.optional(),
  cursor: cursor.optional(),
  limit: z.number().int('每页条数须为整数').min(1, '每页至少 1 条').max(50, '每页最多 50 条').default(20)
})
export type ListArticlesInput = z.input<typeof listArticlesInput>
export interface ListArticlesResult {
  items: ArticleSummary[]
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null
}

export const getArticleInput = z.strictObject({ id })
export type GetArticleInput = z.input<typeof getArticleInput>
export type GetArticleResult = ArticleDetail

/** Every action of `content`, its input and its result: the typed client reads this map. */
export interface ContentActions {
  listArticles: { input: ListArticlesInput; result: ListArticlesResult }
  getArticle: { input: GetArticleInput; result: GetArticleResult }
}
