// Reading the `articles` collection: the one place that knows its field names and the shapes
// the app receives.
import type { ArticleDetail, ArticleDoc, ArticleSummary } from '../../contracts/content/article'
import { database } from '../_shared/cloudbase'

export const ARTICLES = 'articles'

/** The fields a feed row needs, so lists never carry article bodies. */
export const SUMMARY_FIELDS = { title: true, channel: true, publishedAt: true, summary: true, cover: true } as const

/** The collection handle. */
export function articles() {
  return database().collection(ARTICLES)
}

/** A stored article as a feed row. */
export function toSummary(doc: Pick<ArticleDoc, '_id' | 'title' | 'channel' | 'publishedAt' | 'summary' | 'cover'>): ArticleSummary {
  return {
    id: doc._id,
    title: doc.title,
    channel: doc.channel,
    publishedAt: doc.publishedAt,
    summary: doc.summary,
    ...(doc.cover ? { cover: doc.cover } : {})
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
