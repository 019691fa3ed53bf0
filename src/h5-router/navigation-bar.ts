// H5 only: stands in for `@tarojs/router/dist/navigationBar.js` (config/h5-host.ts swaps it in).
// Taro's H5 router draws a navigation bar of its own above every page, shown only for a page whose
// config says `navigationStyle: 'default'`. None here does: every page draws its own head, and the
// bar sat hidden in the page while its three SVG icons and its stylesheet were start-up code on
// every first screen. Without the element Taro's handler for the bar does nothing (it checks), and
// the page title still goes to document.title, which Taro sets itself.

/** Draws nothing: no page shows Taro's H5 navigation bar. */
export function initNavigationBar(): void {}
