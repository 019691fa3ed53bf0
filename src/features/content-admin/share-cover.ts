// An article's cover is cut to 5:4, the shape of a WeChat share card: WeChat shows a card's picture
// at 5:4 and would otherwise cut it where it likes (through a face, a banner's words). On weapp the
// editor frames it in WeChat's own cropper (wx.cropImage, fixed at 5:4); in the browser the middle
// 5:4 of the picture is kept. Either way it is then scaled as other pictures are (≤ 500 KB).
import Taro from '@tarojs/taro'
import { fileSizeInWeapp, jpegWithin, loadBrowserImage, scaleInWeapp, type ScaledImage } from './scale-image'
import { shareCardCrop } from './share-card-crop'

/** Width of a cover: twice the card WeChat draws, sharp on any phone and far below 500 KB. */
export const COVER_WIDTH = 1000

async function cropInBrowser(url: string): Promise<ScaledImage> {
  const img = await loadBrowserImage(url)
  const crop = shareCardCrop(img.naturalWidth, img.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = Math.min(COVER_WIDTH, crop.width)
  canvas.height = Math.round((canvas.width * 4) / 5)
  canvas.getContext('2d')!.drawImage(img, crop.x, crop.y, crop.width, crop.height, 0, 0, canvas.width, canvas.height)
  return jpegWithin(canvas)
}

async function cropInWeapp(path: string): Promise<ScaledImage> {
  const { tempFilePath } = await Taro.cropImage({ src: path, cropScale: '5:4' })
  return scaleInWeapp(tempFilePath, await fileSizeInWeapp(tempFilePath))
}

/**
 * The cover cut from a picture on the device: an object URL in the browser, a temporary path on
 * weapp. Rejects when the person closes WeChat's cropper (nothing changes then).
 */
export function cropShareCover(source: string): Promise<ScaledImage> {
  return process.env.TARO_ENV === 'h5' ? cropInBrowser(source) : cropInWeapp(source)
}
