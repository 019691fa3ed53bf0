// Reading the `articles` collection: the one place that knows its field names and the shapes
// the app receives.
import type { ArticleDetail, ArticleDoc, ArticleSummary } from '../../contracts/content/article'
import { database } from '../_shared/cloudbase'

export const ARTICLES = 'articles'

/** The fields a feed row needs, so lists never carry article bodies. */
export const SUMMARY_FIELDS = { title: true, channel: true, publishedAt: true, summary: true, cover: true, sample: true } as const

/** The article page's fields: everything but the search index, which is large and never leaves the server. */
export const DETAIL_FIELDS = { searchTerms: false } as const

/** The fields a feed row is made from. */
export type SummaryDoc = Pick<ArticleDoc, '_id' | 'title' | 'channel' | 'publishedAt' | 'summary' | 'cover' | 'sample'>

/** The collection handle. */
export function articles() {
  return database().collection(ARTICLES)
}

/** A stored article as a feed row. */
export function toSummary(doc: SummaryDoc): ArticleSummary {
  return {
    id: doc._id,
    title: doc.title,
    channel: doc.channel,
    publishedAt: doc.publishedAt,
    summary: doc.summary,
    ...(doc.cover ? { cover: doc.cover } : {}),
    ...(doc.sample === true ? { sample: true } : {})
  }
}

/** A stored article as the article page shows it. */
export function toDetail(doc: ArticleDoc, favourited = false): ArticleDetail {
  return {
    ...toSummary(doc),
    viewCount: doc.viewCount ?? 0,
    shareCount: doc.shareCount ?? 0,
    favourited,
    source: doc.source,
    ...(doc.byline ? { byline: doc.byline } : {}),
    blocks: doc.blocks,
    attachments: doc.attachments ?? []
  }
}

/** One article by id with the given projection, or undefined. */
export async function findArticle<T = ArticleDoc>(id: string, fields: Record<string, boolean>): Promise<T | undefined> {
  const res = await articles().doc(id).field(fields).get()
  return (res.data as T[])[0]
}
