// Toasts, dialogs, the loading mask and copying to the clipboard (which shows its own toast). In
// the mini-program they are WeChat's own. On H5 they are Taro's code, with its icon font and
// styles: 6 KB compressed that every first screen downloaded before anyone had tapped. There they
// are fetched once the page has loaded and is idle (so a toast still shows offline) and run from
// that one copy; a tap before then waits for the download.
import Taro from '@tarojs/taro'
import { whenIdle } from './when-idle'

type TaroFeedback = Pick<typeof Taro, 'showToast' | 'showModal' | 'showLoading' | 'hideLoading' | 'setClipboardData'>

let loaded: Promise<TaroFeedback> | undefined
// if/else on the build's constant: each build keeps one branch and the imports it uses.
function feedback(): Promise<TaroFeedback> {
  if (process.env.TARO_ENV === 'h5') {
    // A failed download (offline before it arrived) is tried again on the next tap.
    loaded ??= import('./taro-feedback').then(
      (m) => m.taroFeedback,
      (error: unknown) => {
        loaded = undefined
        throw error
      }
    )
    return loaded
  } else {
    return Promise.resolve(Taro)
  }
}

if (process.env.TARO_ENV === 'h5') whenIdle(() => void feedback().catch(() => undefined))

export const showToast = (options: Taro.showToast.Option) => feedback().then((f) => f.showToast(options))
export const showModal = (options: Taro.showModal.Option) => feedback().then((f) => f.showModal(options))
export const showLoading = (options: Taro.showLoading.Option) => feedback().then((f) => f.showLoading(options))
export const hideLoading = () => feedback().then((f) => f.hideLoading())
export const setClipboardData = (options: Taro.setClipboardData.Option) => feedback().then((f) => f.setClipboardData(options))
