// Interaction the worker sees outside the page: toasts, loading, modals, action sheets, the
// navigation bar, pull-down refresh, scrolling and share menus. The user's answers to a modal come
// from the test (UserChoices.modalAnswers); the rest only records what was shown.
// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html
import { asyncApi, syncApi, WxFail } from './callback'
import type { WxContext } from './context'

/** What is on screen besides the page: the last toast and whether a loading mask is up. */
export interface Overlay {
  toast?: { title: string; icon: string }
  loading: boolean
  navigationBarTitle?: string
}

export function uiApis(ctx: WxContext, overlay: Overlay) {
  const nothing = () => ({})
  return {
    showToast: asyncApi(ctx, 'showToast', (o) => {
      if (typeof o.title !== 'string') throw new WxFail('parameter error: parameter.title should be String')
      overlay.toast = { title: o.title, icon: String(o.icon ?? 'success') }
      return {}
    }),
    hideToast: asyncApi(ctx, 'hideToast', () => ((overlay.toast = undefined), {})),
    showLoading: asyncApi(ctx, 'showLoading', (o) => {
      if (typeof o.title !== 'string') throw new WxFail('parameter error: parameter.title should be String')
      overlay.loading = true
      return {}
    }),
    hideLoading: asyncApi(ctx, 'hideLoading', () => ((overlay.loading = false), {})),
    showModal: asyncApi(ctx, 'showModal', () => {
      const confirm = ctx.choices.modalAnswers.shift() ?? true
      return { confirm, cancel: !confirm, content: '' }
    }),
    showActionSheet: asyncApi(ctx, 'showActionSheet', () => ({ tapIndex: 0 })),
    setNavigationBarTitle: asyncApi(ctx, 'setNavigationBarTitle', (o) => ((overlay.navigationBarTitle = String(o.title ?? '')), {})),
    setNavigationBarColor: asyncApi(ctx, 'setNavigationBarColor', nothing),
    stopPullDownRefresh: asyncApi(ctx, 'stopPullDownRefresh', nothing),
    startPullDownRefresh: asyncApi(ctx, 'startPullDownRefresh', nothing),
    pageScrollTo: asyncApi(ctx, 'pageScrollTo', nothing),
    showShareMenu: asyncApi(ctx, 'showShareMenu', nothing),
    hideShareMenu: asyncApi(ctx, 'hideShareMenu', nothing),
    updateShareMenu: asyncApi(ctx, 'updateShareMenu', nothing),
    hideHomeButton: asyncApi(ctx, 'hideHomeButton', nothing),
    nextTick: syncApi(ctx, 'nextTick', (fn: () => void) => void Promise.resolve().then(fn))
  }
}
