// H5 only: stands in for `@tarojs/router/dist/tabbar.js` (config/h5-host.ts swaps it in).
// Taro's draws its own tab bar unless `tabBar.custom` is set, which app.config sets on H5 (the
// pages draw src/components/tab-bar, which follows 关怀模式), so it returned at once; but it
// brought Taro's H5 tab bar APIs (setTabBarBadge and the like, which work only on Taro's bar) into
// the start-up code of every page.

/** Draws nothing: app.config sets `tabBar.custom` on H5. */
export function initTabbar(): void {}
