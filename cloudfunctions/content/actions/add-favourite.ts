// addFavourite: puts an article in the caller's 收藏. Adding again changes nothing (the first
// createdAt stays, so the list order does not jump).
import { favouriteInput, type FavouriteResult } from '../../../contracts/content/actions'
import { appError } from '../../../contracts/errors'
import { isDuplicateKey } from '../../_shared/db-errors'
import { defineAction, ok } from '../../_shared/handler'
import { findArticle } from '../articles-collection'
import { favouriteId, favourites, type FavouriteDoc } from '../favourites-collection'

const favourited: FavouriteResult = { favourited: true }

export const addFavourite = defineAction({
  input: favouriteInput,
  access: 'user',
  run: async ({ id }, { openid }) => {
    if (!(await findArticle(id, { _id: true }))) return appError('ARTICLE_NOT_FOUND')
    const ref = favourites().doc(favouriteId(openid, id))
    if ((await ref.field({ _id: true }).get()).data.length > 0) return ok(favourited)
    const doc: FavouriteDoc = { _id: favouriteId(openid, id), openid, articleId: id, createdAt: new Date().toISOString() }
    try {
      // An insert under the deterministic id fails if it exists (unlike set(), which would replace
      // createdAt), so two taps at the same moment still make one favourite.
      await favourites().add(doc)
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
    }
    return ok(favourited)
  }
})
