// Images are scaled down on the device before upload (≤ 1600 px wide, ≤ 500 KB), so a phone photo
// of several MB becomes a picture readers load quickly. Weapp: compressImage; H5: a canvas.
import Taro from '@tarojs/taro'
import { IMAGE_MAX_BYTES, IMAGE_MAX_WIDTH } from '@contracts/content-admin/words'
import type { UploadSource } from '@/lib/upload'

export interface ScaledImage {
  source: UploadSource
  size: number
  contentType: string
  previewUrl: string
}

async function scaleInBrowser(file: Blob): Promise<ScaledImage> {
  const url = URL.createObjectURL(file)
  const img = await loadBrowserImage(url)
  const gif = file.type === 'image/gif'
  if (gif || (img.naturalWidth <= IMAGE_MAX_WIDTH && file.size <= IMAGE_MAX_BYTES)) {
    // Small enough already (a GIF keeps its animation).
    return { source: { kind: 'blob', blob: file }, size: file.size, contentType: file.type || 'image/jpeg', previewUrl: url }
  }
  const scale = Math.min(1, IMAGE_MAX_WIDTH / img.naturalWidth)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(img.naturalWidth * scale)
  canvas.height = Math.round(img.naturalHeight * scale)
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
  return jpegWithin(canvas)
}

/** Loads a picture (an object URL or any URL the page may read) into an <img>. */
export function loadBrowserImage(url: string): Promise<HTMLImageElement> {
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const el = new window.Image()
    el.onload = () => resolve(el)
    el.onerror = () => reject(new Error('图片无法读取，请换一张'))
    el.src = url
  })
}

/** The canvas as a JPEG of at most IMAGE_MAX_BYTES, lowering the quality until it fits. */
export async function jpegWithin(canvas: HTMLCanvasElement): Promise<ScaledImage> {
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
    if (blob && blob.size <= IMAGE_MAX_BYTES) return { source: { kind: 'blob', blob }, size: blob.size, contentType: 'image/jpeg', previewUrl: URL.createObjectURL(blob) }
  }
  throw new Error('图片太大，请换一张')
}

/**
 * A file's size on weapp. FileSystemManager's getFileInfo: wx.getFileInfo (what Taro.getFileInfo
 * calls) stopped being maintained in base library 2.19 and is gone from WeChat's API list.
 */
export function fileSizeInWeapp(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (res) => resolve(res.size), fail: reject })
  })
}

export async function scaleInWeapp(path: string, size: number): Promise<ScaledImage> {
  const info = await Taro.getImageInfo({ src: path })
  let out = path
  let outSize = size
  if (info.width > IMAGE_MAX_WIDTH || size > IMAGE_MAX_BYTES) {
    const res = await Taro.compressImage({ src: path, quality: 70, compressedWidth: Math.min(info.width, IMAGE_MAX_WIDTH) } as Taro.compressImage.Option)
    out = res.tempFilePath
    outSize = await fileSizeInWeapp(out)
  }
  const contentType = /\.png$/i.test(out) ? 'image/png' : 'image/jpeg'
  return { source: { kind: 'path', path: out }, size: outSize, contentType, previewUrl: out }
}

/** The picture as it will be uploaded. */
export function scaleImage(chosen: { blob?: Blob; path?: string; size: number }): Promise<ScaledImage> {
  if (chosen.blob) return scaleInBrowser(chosen.blob)
  return scaleInWeapp(chosen.path!, chosen.size)
}
