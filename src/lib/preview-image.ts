// The full-screen picture viewer (Taro.previewImage). On H5, Taro's viewer is built on Swiper:
// 45 KB compressed that the article page downloaded before any reader had tapped a picture. There
// it is fetched on the first tap; in the mini-program it is WeChat's own and costs nothing.
import Taro from '@tarojs/taro'

export function previewImage(options: { urls: string[]; current: string }): Promise<unknown> {
  // if/else on the build's constant: each build keeps one branch and the imports it uses.
  if (process.env.TARO_ENV === 'h5') {
    return import('./show-image-viewer').then((viewer) => viewer.showImageViewer(options))
  } else {
    return Taro.previewImage(options)
  }
}
