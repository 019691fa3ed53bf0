// When a screen loads its data again: when the worker pulls it down (WeChat's spinner closes however
// the load ends), and when they come back to it from a page that may have changed what it shows.
import { useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'

export function usePullToReload(reload: () => Promise<unknown>) {
  usePullDownRefresh(() => {
    void reload()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })
}

/** Loads again each time the page is shown after its first show (which is the first load). */
export function useReloadOnReturn(reload: () => unknown) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
