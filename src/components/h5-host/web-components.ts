// H5 only: what `@tarojs/components/dist/components` (Taro's web component definitions) resolves to
// (config/h5-host.ts). Taro's runtime imports two definitions at start-up on every page: its tab bar
// (unused: app.config draws our own tab bar on H5) and the pull-down wrapper (none of the first
// screens pulls down on H5). Those two imports put Stencil's runtime and about 15 KB of compressed JS
// in front of every first paint. Here both are no-ops at start-up; the pull-down wrapper is defined
// by the router before a page that pulls down is drawn (src/h5-router/pull-down-first.ts). Every
// other definition is Taro's, loaded by the page using it.
export * from '@tarojs/components/dist/components/index.js'

/** Not needed: app.config sets `tabBar.custom` on H5, so Taro's router never creates its tab bar. */
export function defineCustomElementTaroTabbar(): void {}

/** Called by Taro's app entry at start-up; the router defines the wrapper when a page needs it. */
export function defineCustomElementTaroPullToRefreshCore(): void {}
