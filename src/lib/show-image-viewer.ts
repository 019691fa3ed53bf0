// H5 only, loaded by preview-image.ts on the first tap: Taro's viewer and the Swiper under it.
import Taro from '@tarojs/taro'

export const showImageViewer = (options: { urls: string[]; current: string }): Promise<unknown> => Taro.previewImage(options)
