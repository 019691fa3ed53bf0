// Privacy authorization, scopes and location, as WeChat gates them: an API that touches personal
// data first needs the user's privacy agreement (the app's own popup through
// onNeedPrivacyAuthorization, or WeChat's), then the scope (scope.userLocation), and getLocation must
// be declared in app.json's requiredPrivateInfos.
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html
// chooseLocation opens WeChat's own map: it needs the declaration and the privacy agreement, not the
// scope (the user picks the point themselves), and fails with "cancel" when the map is closed.
// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html
import { asyncApi, syncApi, WxFail } from './callback'
import type { WxContext } from './context'

/** What WeChat remembers about this user and this app. */
export class PrivacyState {
  agreed = false
  readonly scopes = new Map<string, boolean>()
  readonly needListeners = new Set<(resolve: (r: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void>()
  /** Set while the app's own privacy popup is open: resolving it answers WeChat. */
  pendingResolve?: (r: { event: string; buttonId?: string }) => void
}

/** Runs WeChat's privacy gate before an API named `api`; resolves once agreed, rejects with errno 104 otherwise. */
export async function requirePrivacy(ctx: WxContext, state: PrivacyState, api: string): Promise<void> {
  if (state.agreed) return
  const listener = [...state.needListeners].pop()
  const agreed = await new Promise<boolean>((resolve) => {
    if (!listener) {
      // No popup of the app's own: WeChat shows its standard one; the user answers.
      resolve(ctx.choices.privacyPopup === 'agree')
      return
    }
    state.pendingResolve = (r) => {
      state.pendingResolve = undefined
      if (r.event === 'agree') state.agreed = true
      resolve(r.event === 'agree')
    }
    listener(state.pendingResolve, { referrer: api })
  })
  if (agreed) state.agreed = true
  if (!state.agreed) throw new WxFail('privacy permission is not authorized', 104)
}

export function privacyApis(ctx: WxContext, state: PrivacyState) {
  async function scope(name: string): Promise<void> {
    const known = state.scopes.get(name)
    if (known === false) throw new WxFail('auth deny')
    if (known === true) return
    const allowed = ctx.choices.location === 'allow'
    state.scopes.set(name, allowed)
    if (!allowed) throw new WxFail('auth deny')
  }
  const authSetting = () => Object.fromEntries(state.scopes)
  return {
    getPrivacySetting: asyncApi(ctx, 'getPrivacySetting', () => ({ needAuthorization: !state.agreed, privacyContractName: '《福田区总工会小程序隐私保护指引》' })),
    requirePrivacyAuthorize: asyncApi(ctx, 'requirePrivacyAuthorize', () => requirePrivacy(ctx, state, 'requirePrivacyAuthorize').then(() => ({}))),
    onNeedPrivacyAuthorization: syncApi(ctx, 'onNeedPrivacyAuthorization', (listener: never) => {
      state.needListeners.add(listener)
    }),
    openPrivacyContract: asyncApi(ctx, 'openPrivacyContract', () => ({})),
    getSetting: asyncApi(ctx, 'getSetting', () => ({ authSetting: authSetting() })),
    openSetting: asyncApi(ctx, 'openSetting', () => ({ authSetting: authSetting() })),
    authorize: asyncApi(ctx, 'authorize', async (o) => {
      await requirePrivacy(ctx, state, 'authorize')
      await scope(String(o.scope))
      return {}
    }),
    getLocation: asyncApi(ctx, 'getLocation', async (o) => {
      if (!(ctx.manifest.json.requiredPrivateInfos ?? []).includes('getLocation')) {
        throw new WxFail('the api need to be declared in the requiredPrivateInfos field in app.json/ext.json')
      }
      await requirePrivacy(ctx, state, 'getLocation')
      await scope('scope.userLocation')
      const { latitude, longitude } = ctx.choices.position
      return { latitude, longitude, speed: 0, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30, type: String(o.type ?? 'wgs84') }
    }),
    chooseLocation: asyncApi(ctx, 'chooseLocation', async (o) => {
      if (!(ctx.manifest.json.requiredPrivateInfos ?? []).includes('chooseLocation')) {
        throw new WxFail('the api need to be declared in the requiredPrivateInfos field in app.json/ext.json')
      }
      // The map opens centred on the point given: both numbers, or neither.
      const { latitude, longitude } = o as { latitude?: unknown; longitude?: unknown }
      if ((latitude !== undefined || longitude !== undefined) && (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude))) {
        throw new WxFail('parameter error: latitude and longitude should be Number')
      }
      await requirePrivacy(ctx, state, 'chooseLocation')
      const pick = ctx.choices.mapPick
      if (pick === 'cancel') throw new WxFail('cancel')
      return { ...pick }
    }),
    openLocation: asyncApi(ctx, 'openLocation', (o) => {
      const { latitude, longitude } = o as { latitude?: unknown; longitude?: unknown }
      if (typeof latitude !== 'number' || typeof longitude !== 'number') throw new WxFail('parameter error: latitude and longitude should be Number')
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw new WxFail('invalid latitude or longitude')
      return {}
    })
  }
}
