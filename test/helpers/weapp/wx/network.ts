// The phone's connection, with a switch a test flips to cut it the way a worker meets it in a lift:
// wx.getNetworkType answers 'none', every onNetworkStatusChange listener hears
// { isConnected: false, networkType: 'none' }, and the stand-ins that reach the network
// (cloud.callFunction, downloadFile) fail as WeChat fails them (see `offlineFailure`).
// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.getNetworkType.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.onNetworkStatusChange.html
import { asyncApi, listenerApi, WxFail } from './callback'
import type { WxContext } from './context'

type Listener = (res: { isConnected: boolean; networkType: string }) => void

/** The connection; `cut()` and `restore()` are the test's switch. */
export class NetworkState {
  type: 'wifi' | 'none' = 'wifi'
  readonly listeners = new Set<unknown>()

  get online(): boolean {
    return this.type !== 'none'
  }

  cut(): void {
    this.change('none')
  }

  restore(): void {
    this.change('wifi')
  }

  private change(type: 'wifi' | 'none'): void {
    if (type === this.type) return
    this.type = type
    // WeChat calls the listeners from its native side: later, never inside the switch.
    for (const l of this.listeners) setTimeout(() => (l as Listener)({ isConnected: type !== 'none', networkType: type }), 0)
  }
}

/** What follows `:fail` when a request finds no connection (Android's Chromium name for it). */
export const OFFLINE_REASON = 'net::ERR_INTERNET_DISCONNECTED'

/**
 * The failure of a cloud call made with no connection. wx.cloud's fail contract is `{ errCode, errMsg }`
 * with errCode -1 (通用错误) for what is not the cloud's own error. The exact text differs by
 * platform and is not documented; the app must not depend on it (src/lib/cloud.ts reads any
 * failure that is not one of the cloud's function errors as the network).
 */
export function offlineFailure(): WxFail {
  return new WxFail(`request:fail ${OFFLINE_REASON}`, undefined, -1)
}

export function networkApis(ctx: WxContext, network: NetworkState) {
  return {
    getNetworkType: asyncApi(ctx, 'getNetworkType', () => ({ networkType: network.type, signalStrength: network.online ? 3 : 0, hasSystemProxy: false })),
    onNetworkStatusChange: listenerApi(ctx, 'onNetworkStatusChange', network.listeners),
    offNetworkStatusChange: listenerApi(ctx, 'offNetworkStatusChange', network.listeners, true)
  }
}
