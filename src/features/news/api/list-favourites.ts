// listFavourites: the caller's 收藏, newest first, and the 我的收藏 page's hook.
import { useCallback } from 'react'
import type { FavouriteItem } from '@contracts/content/article'
import type { ListFavouritesResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'
import { useCursorPages } from '@/lib/use-cursor-pages'

/** Calls content.listFavourites. */
export function listFavourites(cursor?: string, limit = 20): Promise<ListFavouritesResult> {
  return callFunction('content', 'listFavourites', { limit, ...(cursor ? { cursor } : {}) })
}

/** 我的收藏 with paging; `updateItems` lets a removal show at once. */
export function useFavourites() {
  const fetchPage = useCallback((cursor?: string) => listFavourites(cursor), [])
  return useCursorPages<FavouriteItem, ListFavouritesResult>(fetchPage)
}
