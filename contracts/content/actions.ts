// Inputs and outputs of the `content` function's actions. The function parses events with these
// schemas; the app takes its types from them.
import { z } from '../zod'
import type { ArticleDetail, ArticleSummary, ChannelInfo, FavouriteItem, SearchHit } from './article'

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

/** `forOffline`: the app keeping a first-page article for reading offline, not a read: not counted. */
export const getArticleInput = z.strictObject({ id, forOffline: z.boolean().optional() })
export type GetArticleInput = z.input<typeof getArticleInput>
export type GetArticleResult = ArticleDetail

export const listChannelsInput = z.strictObject({})
export type ListChannelsInput = z.input<typeof listChannelsInput>
export interface ListChannelsResult {
  channels: ChannelInfo[]
}

/** Pinned articles for the headline area (at most 5), of one channel or of all. */
export const listHeadlinesInput = z.strictObject({ channel: channel.optional() })
export type ListHeadlinesInput = z.input<typeof listHeadlinesInput>
export interface ListHeadlinesResult {
  items: ArticleSummary[]
}

/**
 * The home page's first screen in one call: the channel tabs, and one channel's headlines and first
 * page of articles. The same three replies listChannels, listHeadlines and listArticles give.
 */
export const getHomeInput = z.strictObject({ channel, limit: listArticlesInput.shape.limit })
export type GetHomeInput = z.input<typeof getHomeInput>
export interface HomeView {
  channels: ListChannelsResult
  headlines: ListHeadlinesResult
  articles: ListArticlesResult
}

/** Longest query accepted; longer ones are refused, not cut. */
export const SEARCH_QUERY_MAX = 50
export const searchArticlesInput = z.strictObject({
  q: z.string().trim().min(1, '请输入搜索关键词').max(SEARCH_QUERY_MAX, `关键词最多 ${SEARCH_QUERY_MAX} 个字`),
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(50).default(20)
})
export type SearchArticlesInput = z.input<typeof searchArticlesInput>
export interface SearchArticlesResult {
  items: SearchHit[]
  nextCursor: string | null
  /** The query's words as matched (e.g. 圆梦计划 → [圆梦计划]); the app highlights these. */
  terms: string[]
}

export const listRelatedInput = z.strictObject({ id, limit: z.number().int().min(1).max(10).default(5) })
export type ListRelatedInput = z.input<typeof listRelatedInput>
export interface ListRelatedResult {
  items: ArticleSummary[]
}

export const SHARE_TARGETS = ['chat', 'timeline'] as const
export const recordShareInput = z.strictObject({ id, target: z.enum(SHARE_TARGETS) })
export type RecordShareInput = z.input<typeof recordShareInput>
export interface RecordShareResult {
  shareCount: number
}

export const favouriteInput = z.strictObject({ id })
export type FavouriteInput = z.input<typeof favouriteInput>
export interface FavouriteResult {
  favourited: boolean
}

export const listFavouritesInput = z.strictObject({ cursor: cursor.optional(), limit: z.number().int().min(1).max(50).default(20) })
export type ListFavouritesInput = z.input<typeof listFavouritesInput>
export interface ListFavouritesResult {
  items: FavouriteItem[]
  nextCursor: string | null
}

/** Every action of `content`, its input and its result: the typed client reads this map. */
export interface ContentActions {
  listChannels: { input: ListChannelsInput; result: ListChannelsResult }
  listArticles: { input: ListArticlesInput; result: ListArticlesResult }
  listHeadlines: { input: ListHeadlinesInput; result: ListHeadlinesResult }
  getHome: { input: GetHomeInput; result: HomeView }
  searchArticles: { input: SearchArticlesInput; result: SearchArticlesResult }
  getArticle: { input: GetArticleInput; result: GetArticleResult }
  listRelated: { input: ListRelatedInput; result: ListRelatedResult }
  recordShare: { input: RecordShareInput; result: RecordShareResult }
  /** Needs a signed-in WeChat user (401 otherwise). Adding twice is not an error. */
  addFavourite: { input: FavouriteInput; result: FavouriteResult }
  removeFavourite: { input: FavouriteInput; result: FavouriteResult }
  listFavourites: { input: ListFavouritesInput; result: ListFavouritesResult }
}
