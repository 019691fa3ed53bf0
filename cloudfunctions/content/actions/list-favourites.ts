// listFavourites: the caller's 收藏, most recently added first, by cursor; each joined to its
// article in one query. A favourite whose article has since been taken down is left out.
import { listFavouritesInput, type ListFavouritesResult } from '../../../contracts/content/actions'
import type { FavouriteItem } from '../../../contracts/content/article'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'
import { after, decodeCursor, nextCursor } from '../../_shared/cursor'
import { favourites, type FavouriteDoc } from '../favourites-collection'

export const listFavourites = defineAction({
  input: listFavouritesInput,
  access: 'user',
  run: async ({ cursor, limit }, { openid }) => {
    const pos = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && !pos) return appError('INVALID_CURSOR')
    const _ = database().command
    const mine = { openid }
    const res = await favourites()
      .where(pos ? _.and([mine, after(_, 'createdAt', pos)] as never) : mine)
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(limit + 1)
      .field({ articleId: true, createdAt: true })
      .get()
    const rows = res.data as FavouriteDoc[]
    const page = rows.slice(0, limit)
    const ids = [...new Set(page.map((f) => f.articleId))]
    const found = ids.length
      ? ((await articles().where({ _id: _.in(ids) }).limit(ids.length).field(SUMMARY_FIELDS).get()).data as SummaryDoc[])
      : []
    const byId = new Map(found.map((a) => [a._id, a]))
    const items: FavouriteItem[] = []
    for (const fav of page) {
      const article = byId.get(fav.articleId)
      if (article) items.push({ ...toSummary(article), favouritedAt: fav.createdAt })
    }
    // The cursor follows the favourites, not the articles found, so a removed article never stalls paging.
    const result: ListFavouritesResult = { items, nextCursor: nextCursor(rows, limit, (f) => ({ at: f.createdAt, id: f._id })) }
    return ok(result)
  }
})
