// H5 only: stands in for `@tarojs/router/dist/router/page.js` where Taro's router imports it
// (config/h5-host.ts swaps it in for `router/spa.js` alone): Taro's own page handler, with one race
// closed. Opening a page hides the one below it when the slide-in ends (a 350 ms timer); going back
// shows that page again when the top page has slid out (a 300 ms timer). Back pressed within the
// first 50 ms (or a busy phone firing the timers late) let the hide land after the show: the page
// came back blank (display: none), with nothing to tap. Showing a page now cancels its pending hide.
import type { PageInstance } from '@tarojs/runtime'
import TaroPageHandler from '@tarojs/router/dist/router/page.js'

export default class PageHandler extends TaroPageHandler {
  override show(...args: Parameters<TaroPageHandler['show']>): void {
    const [page] = args
    if (this.hideTimer && this.lastHidePage && this.lastHidePage === this.getPageContainer(page as PageInstance | null | undefined)) {
      clearTimeout(this.hideTimer)
      this.hideTimer = null
    }
    super.show(...args)
  }
}
