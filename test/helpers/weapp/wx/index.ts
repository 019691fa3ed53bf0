// The `wx` object the app sees: every name WeChat has (so Taro's Object.keys(wx) finds them), the
// ones this harness stands in for doing what WeChat documents, every other one recording an
// 'unknown-api' problem and throwing, so a new API in the app is always noticed.
import { wxApiNames } from '../catalogue'
import { cloudApis } from './cloud'
import type { WxContext } from './context'
import { deviceApis } from './device'
import { imageApis } from './image'
import { mediaApis } from './media'
import { navigationApis } from './navigation'
import { NetworkState, networkApis } from './network'
import { PrivacyState, privacyApis } from './privacy'
import { DeviceStorage, storageApis } from './storage'
import { fileSystemApis, USER_DATA_PATH } from './file-system'
import { systemApis } from './system'
import { uiApis, type Overlay } from './ui'

export interface WxStandIn {
  wx: Record<string, unknown>
  privacy: PrivacyState
  overlay: Overlay
  /** The connection: `network.cut()` is the test's switch for a worker in a lift. */
  network: NetworkState
}

export function createWx(
  ctx: WxContext,
  storage: DeviceStorage,
  launch: () => { path: string; query: Record<string, string>; scene: number }
): WxStandIn {
  const privacy = new PrivacyState()
  const overlay: Overlay = { loading: false }
  const network = new NetworkState()
  const implemented: Record<string, unknown> = {
    ...navigationApis(ctx),
    ...storageApis(ctx, storage),
    ...fileSystemApis(ctx),
    ...systemApis(ctx, launch),
    ...privacyApis(ctx, privacy),
    ...mediaApis(ctx, privacy, network),
    ...imageApis(ctx),
    ...networkApis(ctx, network),
    ...uiApis(ctx, overlay),
    ...deviceApis(ctx),
    cloud: cloudApis(ctx, network)
  }
  const wx: Record<string, unknown> = {}
  for (const name of wxApiNames()) {
    wx[name] =
      name in implemented
        ? implemented[name]
        : (...args: unknown[]) => {
            ctx.recorder.call(name, args)
            ctx.recorder.problem('unknown-api', `wx.${name} 没有替身：请在 test/helpers/weapp/wx/ 中按微信文档补上`)
            throw new Error(`wx.${name} is not available in the weapp harness`)
          }
  }
  for (const name of Object.keys(implemented)) {
    if (!(name in wx)) throw new Error(`wx.${name} 不是微信的 API（miniprogram-api-typings 中没有）`)
  }
  // A property, not a function (the typings list it among the methods): Taro copies it to Taro.env.
  wx.env = { USER_DATA_PATH }
  return { wx, privacy, overlay, network }
}
