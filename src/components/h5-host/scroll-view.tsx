// Taro's ScrollView for what the app has (a row that scrolls sideways, or a column): the same tag
// and classes as @tarojs/components' taro-scroll-view-core, with the browser doing the scrolling.
// Scroll positions set from props and scroll events are not drawn here; a lint rule
// (eslint.config.mjs) stops a page from asking for them.
import { forwardRef, type ForwardedRef } from 'react'
import { hostElement, type HostProps } from './host-element'
import '@tarojs/components/dist/collection/components/scroll-view/style/index.css'

interface ScrollViewProps extends HostProps {
  scrollX?: boolean
  scrollY?: boolean
  enhanced?: boolean
  showScrollbar?: boolean
}

export const ScrollView = forwardRef(function ScrollView({ scrollX, scrollY, enhanced, showScrollbar = true, ...props }: ScrollViewProps, ref: ForwardedRef<HTMLElement>) {
  const classes = [
    scrollX && 'taro-scroll-view__scroll-x',
    scrollY && 'taro-scroll-view__scroll-y',
    enhanced && !showScrollbar && 'taro-scroll--hidebar',
    enhanced && 'taro-scroll--enhanced'
  ]
  return hostElement('taro-scroll-view-core', props, ref, classes.filter(Boolean).join(' ') || undefined)
})
