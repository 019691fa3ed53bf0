// System and launch information. fontSizeScaleFactor is WeChat's own font-size setting as a factor
// (1 standard, up to ~1.4 at the largest); 关怀 mode follows it.
// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
import { syncApi } from './callback'
import type { WxContext } from './context'

export function systemApis(ctx: WxContext, launch: () => { path: string; query: Record<string, string>; scene: number }) {
  const d = () => ctx.device
  const window = () => ({
    pixelRatio: d().pixelRatio,
    screenWidth: d().windowWidth,
    screenHeight: d().windowHeight,
    windowWidth: d().windowWidth,
    windowHeight: d().windowHeight,
    statusBarHeight: 20,
    safeArea: { left: 0, right: d().windowWidth, top: 20, bottom: d().windowHeight, width: d().windowWidth, height: d().windowHeight - 20 },
    screenTop: 0
  })
  const device = () => ({ brand: 'devtools', model: 'iPhone 6/7/8', system: 'iOS 16.0', platform: 'devtools', benchmarkLevel: 1 })
  const appBase = () => ({
    SDKVersion: d().SDKVersion,
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting: Math.round(16 * d().fontSizeScaleFactor),
    fontSizeScaleFactor: d().fontSizeScaleFactor
  })
  const enter = () => ({ ...launch(), referrerInfo: {}, apiCategory: 'default' })
  return {
    getSystemInfoSync: syncApi(ctx, 'getSystemInfoSync', () => ({ ...window(), ...device(), ...appBase() })),
    getWindowInfo: syncApi(ctx, 'getWindowInfo', window),
    getDeviceInfo: syncApi(ctx, 'getDeviceInfo', device),
    getAppBaseInfo: syncApi(ctx, 'getAppBaseInfo', appBase),
    getSystemSetting: syncApi(ctx, 'getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' })),
    getLaunchOptionsSync: syncApi(ctx, 'getLaunchOptionsSync', enter),
    getEnterOptionsSync: syncApi(ctx, 'getEnterOptionsSync', enter),
    getAccountInfoSync: syncApi(ctx, 'getAccountInfoSync', () => ({ miniProgram: { appId: ctx.persona.appid, envVersion: 'develop', version: '' } })),
    canIUse: syncApi(ctx, 'canIUse', () => true)
  }
}
