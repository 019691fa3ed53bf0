// 我的收藏 with removal: the row goes at once and comes back, with the server's message, if the
// call fails.
import { useCallback } from 'react'
import { toCloudError } from '@/lib/cloud'
import { useFavourites } from '../api/list-favourites'
import { removeFavourite } from '../api/remove-favourite'
import { showToast } from '@/lib/feedback'

type FavouriteItem = ReturnType<typeof useFavourites>['items'][number]

/** The favourites list and `remove(id)`. */
export function useFavouriteList() {
  const list = useFavourites()
  const { updateItems } = list

  const remove = useCallback(
    async (id: string) => {
      let removed: { index: number; item: FavouriteItem } | null = null
      updateItems((items) => {
        const index = items.findIndex((item) => item.id === id)
        if (index < 0) return items
        removed = { index, item: items[index] }
        return items.filter((item) => item.id !== id)
      })
      try {
        await removeFavourite(id)
        void showToast({ title: '已取消收藏', icon: 'none', duration: 1500 })
      } catch (error) {
        const back = removed as { index: number; item: FavouriteItem } | null
        if (back) updateItems((items) => [...items.slice(0, back.index), back.item, ...items.slice(back.index)])
        void showToast({ title: toCloudError(error).message, icon: 'none', duration: 2500 })
      }
    },
    [updateItems]
  )

  return { ...list, remove }
}
