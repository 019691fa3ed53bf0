// H5 only, loaded by feedback.ts once the page is idle: Taro's toasts, dialogs and clipboard.
import Taro from '@tarojs/taro'

export const taroFeedback = {
  showToast: Taro.showToast,
  showModal: Taro.showModal,
  showLoading: Taro.showLoading,
  hideLoading: Taro.hideLoading,
  setClipboardData: Taro.setClipboardData
}
