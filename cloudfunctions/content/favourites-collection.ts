// The `favourites` collection: one document per (worker, article), under an id made from both, so
// adding twice is one document and a worker can only ever address their own favourites.
import { createHash } from 'node:crypto'
import { database } from '../_shared/cloudbase'

export const FAVOURITES = 'favourites'

/** A stored favourite. `createdAt` is an ISO 8601 string: an indexed key stays a scalar. */
export interface FavouriteDoc {
  _id: string
  openid: string
  articleId: string
  createdAt: string
}

/** The collection handle. */
export function favourites() {
  return database().collection(FAVOURITES)
}

/**
 * The favourite's `_id`: a hash of openid and article id, so it is deterministic, the same length
 * for every pair and free of characters an id should not hold, whatever the article id looks like.
 */
export function favouriteId(openid: string, articleId: string): string {
  return createHash('sha256').update(`${openid}\n${articleId}`).digest('hex').slice(0, 32)
}
