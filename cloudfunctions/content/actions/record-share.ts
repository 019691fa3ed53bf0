// recordShare: counts a share of an article (to a chat or to Moments). Anyone may share, signed in or not.
import { recordShareInput, type RecordShareResult } from '../../../contracts/content/actions'
import type { ArticleDoc } from '../../../contracts/content/article'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, findArticle } from '../articles-collection'

export const recordShare = defineAction({
  input: recordShareInput,
  access: 'public',
  run: async ({ id }) => {
    const _ = database().command
    const res = (await articles().doc(id).update({ shareCount: _.inc(1) })) as { updated?: number }
    if (!res.updated) return appError('ARTICLE_NOT_FOUND')
    // Read after the increment: includes this share (and any made at the same moment).
    const doc = await findArticle<Pick<ArticleDoc, 'shareCount'>>(id, { shareCount: true })
    const result: RecordShareResult = { shareCount: doc?.shareCount ?? 1 }
    return ok(result)
  }
})
