// Recent searches, remembered on this device only (never sent anywhere): newest first, at most 10.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'

/** Storage key (wx storage on weapp, localStorage on H5). */
export const RECENT_SEARCHES_KEY = 'futian.recentSearches'
/** How many are kept. */
export const RECENT_SEARCHES_MAX = 10

/** The saved list, ignoring anything malformed. */
export function loadRecentSearches(): string[] {
  try {
    const saved: unknown = Taro.getStorageSync(RECENT_SEARCHES_KEY)
    return Array.isArray(saved) ? saved.filter((q): q is string => typeof q === 'string' && q.trim() !== '').slice(0, RECENT_SEARCHES_MAX) : []
  } catch {
    return []
  }
}

function save(list: string[]) {
  try {
    Taro.setStorageSync(RECENT_SEARCHES_KEY, list)
  } catch {
    // Storage full or disabled: the list lives until the page closes.
  }
}

/** `q` moved (or added) to the front of `list`, capped at RECENT_SEARCHES_MAX. */
export function withRecent(list: string[], q: string): string[] {
  const query = q.trim()
  if (!query) return list
  return [query, ...list.filter((item) => item !== query)].slice(0, RECENT_SEARCHES_MAX)
}

/** The recent searches with `remember` (after a search) and `clear` (清除). */
export function useRecentSearches() {
  const [items, setItems] = useState<string[]>(loadRecentSearches)

  const remember = useCallback((q: string) => {
    setItems((list) => {
      const next = withRecent(list, q)
      save(next)
      return next
    })
  }, [])

  const clear = useCallback(() => {
    save([])
    setItems([])
  }, [])

  return { items, remember, clear }
}
