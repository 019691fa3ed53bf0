// H5 only: what `@tarojs/components/dist/components` (Taro's web component definitions) resolves to
// (config/h5-host.ts). Taro's runtime imports two definitions at start-up on every page: its tab bar
// (unused: app.config draws our own tab bar on H5) and the pull-down wrapper (none of the first
// screens pulls down on H5). Those two imports put Stencil's runtime and about 15 KB of compressed JS
// in front of every first paint. Here the tab bar's is a no-op, and the pull-down wrapper is defined
// once the page has loaded and is idle: a page that pulls down already has its wrapper, which is
// upgraded then, as custom elements are. Every other definition is Taro's, loaded by the page using it.
import { whenIdle } from '@/lib/when-idle'

export * from '@tarojs/components/dist/components/index.js'

/** Not needed: app.config sets `tabBar.custom` on H5, so Taro's router never creates its tab bar. */
export function defineCustomElementTaroTabbar(): void {}

export function defineCustomElementTaroPullToRefreshCore(): void {
  whenIdle(() => {
    // Offline with the file not kept yet, the page still reads; it pulls down after the next load.
    import('@tarojs/components/dist/components/taro-pull-to-refresh-core.js').then(
      (wrapper) => wrapper.defineCustomElement(),
      () => undefined
    )
  })
}
