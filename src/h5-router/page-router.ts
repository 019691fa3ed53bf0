// H5 only: stands in for the `universal-router` package where Taro's H5 router imports it
// (config/h5-host.ts swaps it in for `@tarojs/router/dist/router/spa.js` alone). Taro gives it one
// route per page, whose path is the page's own ('/pages/index/index', or the aliases of
// app.config's `router.customRoutes`), and asks it which page the address bar's path opens. The
// package matches with path-to-regexp's patterns (parameters, wildcards, nested routes), which no
// page path uses; the two were 3 KB of every page's start-up code. Here a page path matches as
// path-to-regexp matches a plain path: ignoring case, with one trailing '/', '#' or '?' allowed;
// an unknown path rejects with status 404, which Taro reports as onPageNotFound. test/h5-router
// checks it against the package route for route. Two additions, for Taro's sake: left-page.ts and
// pull-down-first.ts.

import { unlessLeft } from './left-page'
import { afterPullDownDefined } from './pull-down-first'

type Params = Record<string, never>

export interface PageRoute<Result> {
  path: string | string[]
  action(context: RouteContext<Result>, params: Params): Result | Promise<Result>
}

/** What the package passes a route's action; Taro's reads `pathname`. */
export interface RouteContext<Result> {
  router: PageRouter<Result>
  pathname: string
  baseUrl: string
  route: PageRoute<Result>
  /** The part of `pathname` the route's path matched. */
  path: string
  params: Params
}

/** The characters path-to-regexp reads as pattern syntax, which page paths never contain. */
const PATTERN_SYNTAX = /[:()*?+{}\\]/
const TRAILING_DELIMITERS = '/#?'

/** Matches `requested` against a plain page path as path-to-regexp does; the matched text, or null. */
export function matchPagePath(pagePath: string, requested: string): string | null {
  if (PATTERN_SYNTAX.test(pagePath)) throw new TypeError(`Not a plain page path: ${pagePath}`)
  if (requested.slice(0, pagePath.length).toLowerCase() !== pagePath.toLowerCase()) return null
  const rest = requested.slice(pagePath.length)
  if (rest === '' || (rest.length === 1 && TRAILING_DELIMITERS.includes(rest))) return requested
  return null
}

export default class PageRouter<Result> {
  private readonly baseUrl: string

  constructor(private readonly routes: Array<PageRoute<Result>>, options: { baseUrl?: string } = {}) {
    this.baseUrl = options.baseUrl ?? ''
  }

  async resolve(pathname: string): Promise<Result> {
    // As the package does, the base is cut off by length, not checked.
    const requested = pathname.slice(this.baseUrl.length)
    for (const route of this.routes) {
      for (const pagePath of typeof route.path === 'string' ? [route.path] : route.path) {
        const path = matchPagePath(pagePath, requested)
        if (path === null) continue
        const params: Params = {}
        const context: RouteContext<Result> = { router: this, pathname, baseUrl: this.baseUrl, route, path, params }
        const result = await route.action(context, params)
        // A route whose action gives nothing passes the path on, as in the package.
        if (result !== null && result !== undefined) return unlessLeft(afterPullDownDefined(result, route.action))
        break
      }
    }
    throw Object.assign(new Error('Route not found'), { status: 404 })
  }
}
