// Articles: the working copy becomes an `articles` document, with its search terms, its headline
// slot and its counts in the same single-document write (so it is live with its index entries or
// not at all), then its channel's count is recounted.
import { randomBytes } from 'node:crypto'
import { articleBody } from '../../../../contracts/content-admin/schemas'
import type { ArticleBody, ContentItemDoc, ContentOrigin, EditorBlock } from '../../../../contracts/content-admin/words'
import type { ArticleBlock, ArticleDoc } from '../../../../contracts/content/article'
import { articleSearchTerms } from '../../../../contracts/content/search-terms'
import { database } from '../../cloudbase'
import { refreshChannelCounts } from '../channels'
import type { KindAdapter } from './kind'

export const ARTICLES = 'articles'
const SUMMARY_MAX = 80
const SALUTATION = /^.{1,30}[：:]$/

/** The first paragraph that is not a salutation, cut to 80 characters. */
export function summaryOf(body: ArticleBody): string {
  if (body.summary) return body.summary
  const paragraphs = body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  const text = paragraphs.find((p) => !SALUTATION.test(p)) ?? paragraphs[0] ?? ''
  const chars = Array.from(text)
  return chars.length <= SUMMARY_MAX ? text : chars.slice(0, SUMMARY_MAX - 1).join('') + '…'
}

function readerBlocks(blocks: EditorBlock[]): ArticleBlock[] {
  return blocks.flatMap((b): ArticleBlock[] => {
    // An imported page may name a picture it did not carry (no file): readers see a captioned frame.
    if (b.type === 'image') return [{ type: 'image', ...(b.fileID ? { src: b.fileID } : {}), ...(b.alt ? { alt: b.alt } : {}), ...(b.caption ? { caption: b.caption } : {}) }]
    if (b.type === 'attachment') return []
    return [{ type: b.type, text: b.text }]
  })
}

/** The readers' document of an article body (without counts, dates of creation or pin). */
export function liveArticleFields(id: string, body: ArticleBody, publishedAt: string, origin?: ContentOrigin) {
  const blocks = readerBlocks(body.blocks)
  return {
    // Synced and imported articles keep their source's identity, so the next sync finds them.
    sourceKey: origin?.sourceKey ?? `cms:${id}`,
    ...(origin?.sourceUrl ? { sourceUrl: origin.sourceUrl } : {}),
    ...(origin?.sample ? { sample: true } : {}),
    title: body.title,
    channel: body.channel,
    publishedAt,
    source: body.source,
    summary: summaryOf(body),
    blocks,
    attachments: body.blocks.flatMap((b) => (b.type === 'attachment' ? [{ name: b.name, url: b.fileID }] : [])),
    searchTerms: articleSearchTerms({ title: body.title, blocks }),
    ...(body.byline ? { byline: body.byline } : {}),
    ...(body.cover ? { cover: body.cover } : {})
  }
}

function articles() {
  return database().collection(ARTICLES)
}

export const articleKind: KindAdapter = {
  schema: articleBody,
  title: (body) => (body as ArticleBody).title,
  newId: () => randomBytes(12).toString('hex'),
  putLive: async (item, raw, now) => {
    const body = raw as ArticleBody
    // Never live, or withdrawn (its readers' copy removed): nothing to read back.
    const existing = item.liveRevision === null ? undefined : ((await articles().where({ _id: item._id }).limit(1).get()).data[0] as ArticleDoc | undefined)
    const publishedAt = body.publishedAt ?? existing?.publishedAt ?? item.publishAt ?? now.toISOString()
    const fields = {
      ...liveArticleFields(item._id, body, publishedAt, item.origin),
      ...(item.pin ? { pinnedRank: item.pin.rank } : {}),
      ...(item.pin?.expiresAt ? { pinExpiresAt: item.pin.expiresAt } : {}),
      updatedAt: now.toISOString()
    }
    if (existing) {
      // Field by field, so a view or share counted meanwhile is kept; fields the new revision lacks go.
      const _ = database().command
      // A source's link and 示例 mark go only when the source itself dropped them.
      const gone = ['byline', 'cover', 'pinnedRank', 'pinExpiresAt', ...(item.origin ? ['sourceUrl', 'sample'] : [])].filter((k) => k in existing && !(k in fields))
      await articles()
        .doc(item._id)
        .update({ ...fields, ...Object.fromEntries(gone.map((k) => [k, _.remove()])) })
    } else {
      await articles()
        .doc(item._id)
        .set({ ...fields, createdAt: now.toISOString(), viewCount: item.counts?.viewCount ?? 0, shareCount: item.counts?.shareCount ?? 0 })
    }
    await refreshChannelCounts([...new Set([body.channel, ...(existing ? [existing.channel] : [])])])
  },
  removeLive: async (item) => {
    const existing = (await articles().where({ _id: item._id }).limit(1).get()).data[0] as ArticleDoc | undefined
    if (!existing) return {}
    await articles().doc(item._id).remove()
    await refreshChannelCounts([existing.channel])
    return { counts: { viewCount: existing.viewCount ?? 0, shareCount: existing.shareCount ?? 0 } }
  },
  readLive: async (id) => {
    const doc = (await articles().where({ _id: id }).limit(1).get()).data[0] as ArticleDoc | undefined
    if (!doc) return null
    const blocks: EditorBlock[] = doc.blocks.flatMap((b): EditorBlock[] => {
      if (b.type === 'image') return b.src?.startsWith('cloud://') ? [{ type: 'image', fileID: b.src, alt: b.alt ?? b.caption ?? '文章配图', ...(b.caption ? { caption: b.caption } : {}) }] : []
      return [{ type: b.type, text: b.text }]
    })
    const body: ArticleBody = {
      title: doc.title,
      channel: doc.channel,
      summary: doc.summary,
      source: doc.source,
      publishedAt: doc.publishedAt,
      blocks,
      ...(doc.byline ? { byline: doc.byline } : {}),
      ...(doc.cover?.startsWith('cloud://') ? { cover: doc.cover } : {})
    }
    return body
  }
}

/** Whether an article's readers' copy exists (a crash check uses it). */
export async function liveArticle(id: string): Promise<ArticleDoc | undefined> {
  return (await articles().where({ _id: id }).limit(1).get()).data[0] as ArticleDoc | undefined
}

export type { ContentItemDoc }
