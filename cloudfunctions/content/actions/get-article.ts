// getArticle: one article with its body, for the article page and shared links. Counts the read,
// and tells a signed-in worker whether the article is in their 收藏. A copy kept for reading offline
// (`forOffline`, the first page of a channel fetched ahead) is not a read and is not counted. An
// article without a cover carries its channel's share picture, if a publisher gave it one.
import { getArticleInput } from '../../../contracts/content/actions'
import type { ArticleDoc } from '../../../contracts/content/article'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, DETAIL_FIELDS, findArticle, toDetail } from '../articles-collection'
import { favouriteId, favourites } from '../favourites-collection'
import { withFileUrls } from '../hosted-files'
import { channels } from '../channels-collection'
import { CONTENT_ADMIN_COLLECTIONS } from '../../../contracts/content-admin/words'

/** The share picture a publisher gave the channel, for an article without a cover of its own. */
async function channelShareImage(channel: string): Promise<string | undefined> {
  const { data } = await channels().where({ _id: channel }).limit(1).field({ shareImage: true }).get()
  return (data[0] as { shareImage?: string } | undefined)?.shareImage
}

/** Whether content management withdrew this article (a shared link then reads 该文章已下线). */
async function wasWithdrawn(id: string): Promise<boolean> {
  const { data } = await database().collection(CONTENT_ADMIN_COLLECTIONS.items).where({ _id: id, state: 'withdrawn' }).limit(1).field({ _id: true }).get()
  return data.length > 0
}

export const getArticle = defineAction({
  input: getArticleInput,
  access: 'public',
  run: async ({ id, forOffline }, { openid }) => {
    const doc = await findArticle<ArticleDoc>(id, DETAIL_FIELDS)
    if (!doc) return (await wasWithdrawn(id)) ? appError('ARTICLE_WITHDRAWN') : appError('ARTICLE_NOT_FOUND')
    const _ = database().command
    const [, favourited, shareImage] = await Promise.all([
      forOffline ? null : articles().doc(id).update({ viewCount: _.inc(1) }),
      openid ? favourites().doc(favouriteId(openid, id)).field({ _id: true }).get().then((r) => r.data.length > 0) : false,
      doc.cover ? undefined : channelShareImage(doc.channel)
    ])
    // The count read above plus this read; concurrent readers may each see the same number.
    const detail = toDetail({ ...doc, viewCount: (doc.viewCount ?? 0) + (forOffline ? 0 : 1) }, favourited)
    return ok(await withFileUrls(shareImage ? { ...detail, channelShareImage: shareImage } : detail))
  }
})
