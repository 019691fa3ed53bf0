// addFavourite: puts an article into the caller's 收藏 (adding twice is not an error).
import type { FavouriteResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'

/** Calls content.addFavourite; needs a signed-in WeChat user (UNAUTHENTICATED otherwise). */
export function addFavourite(id: string): Promise<FavouriteResult> {
  return callFunction('content', 'addFavourite', { id })
}
