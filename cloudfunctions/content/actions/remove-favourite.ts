// removeFavourite: takes an article out of the caller's 收藏; removing what is not there is fine.
// The document id is derived from the caller's openid, so nobody can remove another's favourite.
import { favouriteInput, type FavouriteResult } from '../../../contracts/content/actions'
import { defineAction, ok } from '../../_shared/handler'
import { favouriteId, favourites } from '../favourites-collection'

export const removeFavourite = defineAction({
  input: favouriteInput,
  access: 'user',
  run: async ({ id }, { openid }) => {
    await favourites().doc(favouriteId(openid, id)).remove()
    const result: FavouriteResult = { favourited: false }
    return ok(result)
  }
})
