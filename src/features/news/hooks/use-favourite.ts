// The 收藏 toggle of an article: optimistic (the button changes at once), rolled back with the
// server's message when the call fails (e.g. UNAUTHENTICATED outside WeChat).
import { useCallback, useEffect, useRef, useState } from 'react'
import { toCloudError } from '@/lib/cloud'
import { addFavourite } from '../api/add-favourite'
import { removeFavourite } from '../api/remove-favourite'
import { offlineStore } from '../offline'
import { showToast } from '@/lib/feedback'

/** Whether `id` is in 收藏, starting from the article's `favourited`, and `toggle`. */
export function useFavourite(id: string, initial: boolean) {
  const [favourited, setFavourited] = useState(initial)
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)

  useEffect(() => {
    setFavourited(initial)
  }, [id, initial])

  const toggle = useCallback(async () => {
    if (busyRef.current || !id) return
    busyRef.current = true
    setBusy(true)
    const next = !favourited
    setFavourited(next)
    try {
      const result = next ? await addFavourite(id) : await removeFavourite(id)
      setFavourited(result.favourited)
      void offlineStore()?.setFavourite(id, result.favourited).catch(() => undefined)
      void showToast({ title: result.favourited ? '已收藏' : '已取消收藏', icon: 'none', duration: 1500 })
    } catch (error) {
      setFavourited(!next)
      void showToast({ title: toCloudError(error).message, icon: 'none', duration: 2500 })
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }, [id, favourited])

  return { favourited, busy, toggle }
}
