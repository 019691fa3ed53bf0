// H5 only: what `@tarojs/components/dist/components` (Taro's web component definitions) resolves to
// (config/h5-host.ts). Taro's runtime imports two definitions at start-up on every page: its tab bar
// (unused: app.config draws our own tab bar on H5) and the pull-down wrapper (none of the first
// screens pulls down on H5). Those two imports put Stencil's runtime and about 15 KB of compressed JS
// in front of every first paint. Here the tab bar's is a no-op, and the pull-down wrapper is defined
// only once a page that pulls down has been drawn. Every other definition is Taro's, loaded by the
// page using it.
import { whenIdle } from '@/lib/when-idle'

export * from '@tarojs/components/dist/components/index.js'

const PULL_DOWN_TAG = 'taro-pull-to-refresh-core'

/** Not needed: app.config sets `tabBar.custom` on H5, so Taro's router never creates its tab bar. */
export function defineCustomElementTaroTabbar(): void {}

/**
 * Called by Taro's app entry at start-up. Defines nothing then: the wrapper is defined once a page
 * that pulls down has been drawn (Taro's router draws such a page inside the element, which is
 * upgraded in place, as custom elements are) and the phone is idle. Home and 服务 never pull down
 * on H5, so their first screens never load it.
 */
export function defineCustomElementTaroPullToRefreshCore(): void {
  const drawn = new MutationObserver(() => {
    if (!document.querySelector(PULL_DOWN_TAG)) return
    drawn.disconnect()
    whenIdle(() => {
      import('@tarojs/components/dist/components/taro-pull-to-refresh-core.js').then(
        (wrapper) => wrapper.defineCustomElement(),
        // Offline with the file not kept yet, the page still reads; it is tried again when the screen next changes.
        () => defineCustomElementTaroPullToRefreshCore()
      )
    })
  })
  drawn.observe(document.body, { childList: true, subtree: true })
}
