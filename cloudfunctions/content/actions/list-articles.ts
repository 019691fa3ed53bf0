// listArticles: a channel's feed (or all channels), newest first, by cursor.
import { listArticlesInput, type ListArticlesResult } from '../../../contracts/content/actions'
import type { ArticleDoc } from '../../../contracts/content/article'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary } from '../articles-collection'
import { decodeCursor, encodeCursor } from '../cursor'

export const listArticles = defineAction({
  input: listArticlesInput,
  access: 'public',
  run: async ({ channel, cursor, limit }) => {
    const after = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && !after) return appError('INVALID_CURSOR')
    const _ = database().command
    const where: Record<string, unknown> = {}
    if (channel) where.channel = channel
    const conditions: object[] = [where]
    if (after) {
      // Strictly after the last row shown: older, or as old with a smaller _id.
      conditions.push(_.or([{ publishedAt: _.lt(after.publishedAt) }, { publishedAt: after.publishedAt, _id: _.lt(after.id) }]))
    }
    const res = await articles()
      .where(conditions.length === 1 ? where : _.and(conditions as never))
      .orderBy('publishedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(limit + 1)
      .field(SUMMARY_FIELDS)
      .get()
    const rows = res.data as ArticleDoc[]
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    const result: ListArticlesResult = {
      items: page.map(toSummary),
      nextCursor: rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last._id }) : null
    }
    return ok(result)
  }
})
