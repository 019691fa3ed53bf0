// navigateTo, redirectTo, switchTab, reLaunch and navigateBack, checked as WeChat checks them:
// the page must be in app.json, tab pages only through switchTab (or reLaunch), other pages never
// through switchTab, and at most 10 pages on the stack.
// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html
import { resolveUrl } from '../manifest'
import { asyncApi, WxFail } from './callback'
import type { WxContext } from './context'

/** WeChat's page stack holds at most ten pages. */
export const PAGE_STACK_LIMIT = 10

function target(ctx: WxContext, api: string, url: unknown) {
  if (typeof url !== 'string' || url === '') throw new WxFail('parameter error: parameter.url should be String')
  const routes = ctx.navigator.routes()
  const resolved = resolveUrl(url, routes[routes.length - 1])
  if (!ctx.manifest.pages.includes(resolved.route)) throw new WxFail(`page "${resolved.route}" is not found`)
  const isTab = ctx.manifest.tabPages.includes(resolved.route)
  if ((api === 'navigateTo' || api === 'redirectTo') && isTab) throw new WxFail(`can not ${api} a tabbar page`)
  if (api === 'switchTab' && !isTab) throw new WxFail('can not switch to no-tabBar page')
  return resolved
}

export function navigationApis(ctx: WxContext) {
  // A failed navigation is a dead button for the worker, whether or not the app catches it.
  const failed = (api: string) => (reason: string) => ctx.recorder.problem('navigation-failed', `${api}: ${reason}`)
  /** An API that opens a page by its url: the url checked as WeChat checks it, then `go`. */
  const toUrl = (api: string, go: (t: ReturnType<typeof target>, url: unknown) => Promise<void>) =>
    asyncApi(
      ctx,
      api,
      async (o) => {
        await go(target(ctx, api, o.url), o.url)
        return {}
      },
      failed(api)
    )
  return {
    navigateTo: toUrl('navigateTo', async (t) => {
      if (ctx.navigator.routes().length >= PAGE_STACK_LIMIT) throw new WxFail('webview count limit exceed')
      await ctx.navigator.push(t.route, t.query)
    }),
    redirectTo: toUrl('redirectTo', (t) => ctx.navigator.redirect(t.route, t.query)),
    switchTab: toUrl('switchTab', async (t, url) => {
      // WeChat drops a query on switchTab; a page that counts on it is broken.
      if (t.hadQuery) ctx.recorder.problem('navigation-failed', `switchTab: ${String(url)} 带了参数，微信会丢弃`)
      await ctx.navigator.switchTab(t.route)
    }),
    reLaunch: toUrl('reLaunch', (t) => ctx.navigator.reLaunch(t.route, t.query)),
    navigateBack: asyncApi(
      ctx,
      'navigateBack',
      async (o) => {
        const delta = typeof o.delta === 'number' && o.delta >= 1 ? Math.floor(o.delta) : 1
        // With one page left WeChat has nowhere to go back to and does nothing but fail.
        if (ctx.navigator.routes().length <= 1) throw new WxFail('cannot navigate back at first page.')
        await ctx.navigator.back(delta)
        return {}
      },
      failed('navigateBack')
    )
  }
}
