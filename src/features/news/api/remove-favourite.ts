// removeFavourite: takes an article out of the caller's 收藏.
import type { FavouriteResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'

/** Calls content.removeFavourite; needs a signed-in WeChat user (UNAUTHENTICATED otherwise). */
export function removeFavourite(id: string): Promise<FavouriteResult> {
  return callFunction('content', 'removeFavourite', { id })
}
