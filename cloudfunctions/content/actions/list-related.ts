// listRelated: other articles of the same channel nearest in date to one article: up to `limit`
// older ones, topped up with the nearest newer ones when fewer are older; newest first.
import { listRelatedInput, type ListRelatedResult } from '../../../contracts/content/actions'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, findArticle, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'
import { after } from '../../_shared/cursor'

export const listRelated = defineAction({
  input: listRelatedInput,
  access: 'public',
  run: async ({ id, limit }) => {
    const article = await findArticle<SummaryDoc>(id, { channel: true, publishedAt: true })
    if (!article) return appError('ARTICLE_NOT_FOUND')
    const _ = database().command
    const pos = { at: article.publishedAt, id: article._id }
    const inChannel = { channel: article.channel }
    // Both directions on the (channel, publishedAt, _id) index, each strictly past the article itself.
    const [older, newer] = await Promise.all([
      articles()
        .where(_.and([inChannel, after(_, 'publishedAt', pos)] as never))
        .orderBy('publishedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(limit)
        .field(SUMMARY_FIELDS)
        .get(),
      articles()
        .where(_.and([inChannel, _.or([{ publishedAt: _.gt(pos.at) }, { publishedAt: pos.at, _id: _.gt(pos.id) }])] as never))
        .orderBy('publishedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .field(SUMMARY_FIELDS)
        .get()
    ])
    const olderRows = older.data as SummaryDoc[]
    const newerRows = (newer.data as SummaryDoc[]).slice(0, limit - olderRows.length)
    const result: ListRelatedResult = { items: [...newerRows.reverse(), ...olderRows].map(toSummary) }
    return ok(result)
  }
})
