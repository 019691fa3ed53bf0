// H5 only, used by page-router.ts: a page that pulls down (its config's enablePullDownRefresh) is
// drawn inside Taro's pull-down wrapper, `taro-pull-to-refresh-core`, a Stencil web component. When
// the wrapper is defined after the page is on screen, Stencil moves the page's nodes into the
// wrapper's own markup, and a tap in progress then (finger down before, up after) is lost: the first
// chip tapped on 找阵地 or 内容管理 could do nothing. So the wrapper is defined before such a page draws:
// its code loads alongside the page's own. Pages that never pull down on H5 (home, 服务, articles)
// never load it, nor Stencil's runtime.
import { withPageModule } from './route-result'

const PULL_DOWN_TAG = 'taro-pull-to-refresh-core'

/** What Taro's app entry sets as `window.__taroAppConfig`: app.config with a route per page. */
interface AppConfig {
  routes?: Array<{ load?: unknown; enablePullDownRefresh?: boolean }>
  window?: { enablePullDownRefresh?: boolean }
}

let defining: Promise<void> | null = null

/** Defines the wrapper once; settles either way, so an offline phone still draws the page. */
export function definePullDownWrapper(): Promise<void> {
  if (typeof customElements === 'undefined' || customElements.get(PULL_DOWN_TAG)) return Promise.resolve()
  defining ??= import('@tarojs/components/dist/components/taro-pull-to-refresh-core.js').then(
    (wrapper) => wrapper.defineCustomElement(),
    // Offline with the file not kept yet: the page reads without pulling down, and the next page
    // that pulls down tries again.
    () => {
      defining = null
    }
  )
  return defining
}

/**
 * Whether the route Taro built from app.config (its `load` is the route's action) pulls down, decided
 * as Taro's router decides it: the page's own setting, else the app window's.
 */
function pullsDown(action: unknown): boolean {
  const config = (globalThis as { __taroAppConfig?: AppConfig }).__taroAppConfig
  const route = config?.routes?.find((candidate) => candidate.load === action)
  if (!route) return false
  return typeof route.enablePullDownRefresh === 'boolean' ? route.enablePullDownRefresh : config?.window?.enablePullDownRefresh === true
}

/** For a page that pulls down, the page's module is handed over only once the wrapper is defined too. */
export function afterPullDownDefined<Result>(result: Result, action: unknown): Result {
  if (!pullsDown(action)) return result
  return withPageModule(result, (page) => Promise.all([page, definePullDownWrapper()]).then(([loaded]) => loaded))
}
