// Articles as stored in the `articles` collection and as the app renders them.

/** The news channels of the union's site; imported pages may bring others (e.g. 工会培训). */
export const KNOWN_CHANNELS = ['工会动态', '通知公告', '政务信息公开'] as const
export type Channel = string

/** One piece of an article body, in reading order. */
export type ArticleBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  /** A quotation (written in content management). */
  | { type: 'quote'; text: string }
  /** `src` is absent when the source page gave only a placeholder; the app then draws a captioned frame.
   * `alt` is what a screen reader says (written in content management). */
  | { type: 'image'; src?: string; caption?: string; alt?: string }

/** A file offered under 相关附件. */
export interface Attachment {
  name: string
  url: string
}

/** An article as the importer produces it, before it is stored. */
export interface ArticleInput {
  /** Stable identity of the source page (e.g. `szft-ghdt-post_10359855`): re-importing updates, never duplicates. */
  sourceKey: string
  title: string
  channel: Channel
  /** ISO 8601 in UTC, e.g. `2022-12-28T10:00:00.000Z` (18:00 in Shenzhen). Sortable as a string. */
  publishedAt: string
  /** Who published it, e.g. 福田区总工会. */
  source: string
  /** 记者 / 通讯员 line, when the page has one. */
  byline?: string
  summary: string
  blocks: ArticleBlock[]
  attachments: Attachment[]
  cover?: string
  sourceUrl?: string
  /** Headline slot on the home page: lower comes first; absent when not pinned. */
  pinnedRank?: number
  /** Demo content that is not from a real source: the app labels it 示例. */
  sample?: boolean
}

/** The stored document. */
export interface ArticleDoc extends ArticleInput {
  _id: string
  createdAt: string
  updatedAt: string
  /** Search index terms (contracts/content/search-terms.ts); never sent to the app. */
  searchTerms: string[]
  viewCount?: number
  shareCount?: number
}

/** A list row: what a feed needs and nothing more (keeps `setData` small). */
export interface ArticleSummary {
  id: string
  title: string
  channel: Channel
  publishedAt: string
  summary: string
  cover?: string
  /** True for demo content (label it 示例). */
  sample?: boolean
}

/** The article page's data. */
export interface ArticleDetail extends ArticleSummary {
  source: string
  byline?: string
  blocks: ArticleBlock[]
  attachments: Attachment[]
  /** Reads including this one. */
  viewCount: number
  shareCount: number
  /** Whether the caller has it in 收藏 (false for anonymous callers). */
  favourited: boolean
  /** The share card's picture set by a publisher for the article's channel, when it has no cover. */
  channelShareImage?: string
}

/** A search result: the row plus a passage of the body around the first match. */
export interface SearchHit extends ArticleSummary {
  snippet: string
}

/** A favourite as 我的收藏 lists it. */
export interface FavouriteItem extends ArticleSummary {
  favouritedAt: string
}

/** A channel as the home page's tabs show it (the `channels` collection, kept by the importer). */
export interface ChannelInfo {
  name: string
  /** Tab order: the site's own channels first. */
  order: number
  articleCount: number
}
