// Local storage with WeChat's limits: one key holds at most 1 MB, all keys together 10 MB.
// Values are kept serialized, as WeChat keeps them, so what comes back is a copy.
// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html
import { asyncApi, syncApi, WxFail } from './callback'
import type { WxContext } from './context'

export const MAX_ITEM_BYTES = 1024 * 1024
export const MAX_TOTAL_BYTES = 10 * 1024 * 1024

/** One user's storage on one phone; survives relaunches of the app. */
export class DeviceStorage {
  readonly items = new Map<string, string>()

  totalBytes(except?: string): number {
    let total = 0
    for (const [k, v] of this.items) if (k !== except) total += Buffer.byteLength(k) + Buffer.byteLength(v)
    return total
  }
}

function serialize(data: unknown): string {
  // WeChat stores what JSON can carry (and Date); undefined is not storable.
  if (data === undefined) throw new WxFail('parameter error: parameter.data should be Any')
  return JSON.stringify(data)
}

export function storageApis(ctx: WxContext, storage: DeviceStorage) {
  function set(api: string, key: unknown, data: unknown): void {
    if (typeof key !== 'string' || key === '') throw new WxFail('parameter error: parameter.key should be String')
    const text = serialize(data)
    const size = Buffer.byteLength(key) + Buffer.byteLength(text)
    if (size > MAX_ITEM_BYTES) throw new WxFail('exceed storage item max length')
    if (storage.totalBytes(key) + size > MAX_TOTAL_BYTES) throw new WxFail('exceed storage max size 10MB')
    storage.items.set(key, text)
  }
  function get(key: unknown): unknown {
    const text = storage.items.get(String(key))
    return text === undefined ? undefined : JSON.parse(text)
  }
  const syncFail = (api: string, fn: () => unknown) => {
    try {
      return fn()
    } catch (error) {
      if (error instanceof WxFail) throw new Error(`${api}:fail ${error.reason}`)
      throw error
    }
  }
  return {
    setStorageSync: syncApi(ctx, 'setStorageSync', (key: unknown, data: unknown) => syncFail('setStorageSync', () => set('setStorageSync', key, data))),
    getStorageSync: syncApi(ctx, 'getStorageSync', (key: unknown) => get(key) ?? ''),
    removeStorageSync: syncApi(ctx, 'removeStorageSync', (key: unknown) => void storage.items.delete(String(key))),
    clearStorageSync: syncApi(ctx, 'clearStorageSync', () => storage.items.clear()),
    getStorageInfoSync: syncApi(ctx, 'getStorageInfoSync', () => ({
      keys: [...storage.items.keys()],
      currentSize: Math.ceil(storage.totalBytes() / 1024),
      limitSize: MAX_TOTAL_BYTES / 1024
    })),
    setStorage: asyncApi(ctx, 'setStorage', (o) => (set('setStorage', o.key, o.data), {})),
    getStorage: asyncApi(ctx, 'getStorage', (o) => {
      const data = get(o.key)
      if (data === undefined) throw new WxFail('data not found')
      return { data }
    }),
    removeStorage: asyncApi(ctx, 'removeStorage', (o) => (storage.items.delete(String(o.key)), {})),
    clearStorage: asyncApi(ctx, 'clearStorage', () => (storage.items.clear(), {}))
  }
}
