// listArticles: a channel's feed (or all channels), newest first, by cursor.
import { listArticlesInput, type ListArticlesResult } from '../../../contracts/content/actions'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'
import { after, decodeCursor, nextCursor } from '../../_shared/cursor'

export const listArticles = defineAction({
  input: listArticlesInput,
  access: 'public',
  run: async ({ channel, cursor, limit }) => {
    const pos = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && !pos) return appError('INVALID_CURSOR')
    const _ = database().command
    const conditions: object[] = []
    if (channel) conditions.push({ channel })
    if (pos) conditions.push(after(_, 'publishedAt', pos))
    const res = await articles()
      .where(conditions.length <= 1 ? (conditions[0] ?? {}) : _.and(conditions as never))
      .orderBy('publishedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(limit + 1)
      .field(SUMMARY_FIELDS)
      .get()
    const rows = res.data as SummaryDoc[]
    const result: ListArticlesResult = {
      items: rows.slice(0, limit).map(toSummary),
      nextCursor: nextCursor(rows, limit, (r) => ({ at: r.publishedAt, id: r._id }))
    }
    return ok(result)
  }
})
