// The mini-program's offline backend, within WeChat's limits: entries in storage (1 MB a key, 10 MB
// for the app; an entry over 900 KB is not kept), images downloaded into the user data folder with
// the file system manager (outside the 10 MB of storage), each at most 1 MB.
import Taro from '@tarojs/taro'
import type { OfflineBackend } from './offline-store'

const PREFIX = 'futian.offline.'
const MAX_ENTRY_BYTES = 900 * 1024
const MAX_IMAGE_BYTES = 1024 * 1024

/** A short stable file name for an image URL (FNV-1a). */
function fileNameOf(url: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619) >>> 0
  const ext = /\.(png|jpe?g|gif|webp)(?:$|\?)/i.exec(url)?.[1] ?? 'img'
  return `offline-${h.toString(36)}-${url.length}.${ext}`
}

/** The backend over Taro's storage and file system. */
export function weappBackend(): OfflineBackend {
  const fs = Taro.getFileSystemManager()
  const dir = `${Taro.env.USER_DATA_PATH}`
  return {
    read: async (key) => {
      try {
        const value = Taro.getStorageSync(PREFIX + key)
        return value === '' || value === undefined ? null : value
      } catch {
        return null
      }
    },
    write: async (key, value) => {
      // UTF-8 of Chinese is about 3 bytes a character: measure the worst case.
      const bytes = JSON.stringify(value).length * 3
      if (bytes > MAX_ENTRY_BYTES) return null
      try {
        Taro.setStorageSync(PREFIX + key, value)
        return bytes
      } catch {
        return null
      }
    },
    remove: async (key) => {
      try {
        Taro.removeStorageSync(PREFIX + key)
      } catch {
        // Already gone.
      }
    },
    saveImage: async (url) => {
      const { statusCode, tempFilePath } = await Taro.downloadFile({ url })
      if (statusCode !== 200) return null
      const local = `${dir}/${fileNameOf(url)}`
      await new Promise<void>((resolve, reject) => fs.saveFile({ tempFilePath, filePath: local, success: () => resolve(), fail: reject }))
      const size = await new Promise<number>((resolve) => fs.getFileInfo({ filePath: local, success: (r) => resolve(r.size), fail: () => resolve(0) }))
      if (size > MAX_IMAGE_BYTES) {
        fs.unlink({ filePath: local, fail: () => undefined })
        return null
      }
      return { local, bytes: size }
    },
    showImage: async (local) => local,
    dropImage: async (local) => {
      await new Promise<void>((resolve) => fs.unlink({ filePath: local, complete: () => resolve() }))
    }
  }
}
