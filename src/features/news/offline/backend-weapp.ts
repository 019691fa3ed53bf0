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
    // Promise-returning rather than async: the main package is small and async compiles large here.
    read: (key) => {
      try {
        const value = Taro.getStorageSync(PREFIX + key)
        return Promise.resolve(value === '' || value === undefined ? null : value)
      } catch {
        return Promise.resolve(null)
      }
    },
    write: (key, value) => {
      // UTF-8 of Chinese is about 3 bytes a character: measure the worst case.
      const bytes = JSON.stringify(value).length * 3
      try {
        if (bytes > MAX_ENTRY_BYTES) return Promise.resolve(null)
        Taro.setStorageSync(PREFIX + key, value)
        return Promise.resolve(bytes)
      } catch {
        return Promise.resolve(null)
      }
    },
    remove: (key) => {
      try {
        Taro.removeStorageSync(PREFIX + key)
      } catch {
        // Already gone.
      }
      return Promise.resolve()
    },
    saveImage: (url) =>
      Taro.downloadFile({ url }).then(
        ({ statusCode, tempFilePath }) =>
          new Promise((resolve) => {
            if (statusCode !== 200) return resolve(null)
            const local = `${dir}/${fileNameOf(url)}`
            fs.saveFile({
              tempFilePath,
              filePath: local,
              fail: () => resolve(null),
              success: () =>
                fs.getFileInfo({
                  filePath: local,
                  fail: () => resolve(null),
                  success: ({ size }) => {
                    if (size <= MAX_IMAGE_BYTES) return resolve({ local, bytes: size })
                    fs.unlink({ filePath: local, fail: () => undefined })
                    resolve(null)
                  }
                })
            })
          })
      ),
    showImage: (local) => Promise.resolve(local),
    dropImage: (local) => new Promise<void>((resolve) => fs.unlink({ filePath: local, complete: () => resolve() }))
  }
}
