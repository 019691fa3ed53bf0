// Choosing a material on the device. Weapp: a file from a chat (图片或 PDF, chooseMessageFile) or a
// photo (chooseMedia: camera or album). H5 has neither: the materials step renders an
// <input type="file"> and hands its File here. Either way the result is one ChosenFile.
import Taro from '@tarojs/taro'
import type { UploadSource } from '@/lib/upload'
import { MATERIAL_EXTENSIONS } from './form/materials'

/** A file the worker picked, before any check. */
export interface ChosenFile {
  name: string
  size: number
  mime?: string
  source: UploadSource
  /** Something an <Image> can show at once (temp path or object URL), for images. */
  previewUrl?: string
}

const cancelled = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err))

/** Weapp: one file from a WeChat chat; null when the worker cancels. */
export async function chooseFromChat(): Promise<ChosenFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: MATERIAL_EXTENSIONS })
    const file = res.tempFiles[0]
    if (!file) return null
    const name = file.name || file.path.split('/').pop() || '文件'
    return { name, size: file.size, source: { kind: 'path', path: file.path }, previewUrl: /\.(jpe?g|png)$/i.test(name) ? file.path : undefined }
  } catch (err) {
    if (cancelled(err)) return null
    throw err
  }
}

/** Weapp: one photo from the camera or the album; null when the worker cancels. */
export async function choosePhoto(fallbackName: string): Promise<ChosenFile | null> {
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['original', 'compressed'] })
    const file = res.tempFiles[0]
    if (!file) return null
    const ext = file.tempFilePath.split('.').pop()?.toLowerCase() ?? 'jpg'
    return { name: `${fallbackName}.${ext}`, size: file.size, source: { kind: 'path', path: file.tempFilePath }, previewUrl: file.tempFilePath }
  } catch (err) {
    if (cancelled(err)) return null
    throw err
  }
}

/** H5: the File an <input type="file"> gave. */
export function fromBrowserFile(file: File): ChosenFile {
  const image = /^image\//.test(file.type)
  return {
    name: file.name,
    size: file.size,
    mime: file.type || undefined,
    source: { kind: 'blob', blob: file },
    previewUrl: image && typeof URL !== 'undefined' && URL.createObjectURL ? URL.createObjectURL(file) : undefined
  }
}
