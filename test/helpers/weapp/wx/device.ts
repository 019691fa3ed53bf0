// Capabilities that leave the app: phone calls, the clipboard, and subscribe messages. Subscribe
// requests must come from a tap (WeChat refuses them otherwise); an accepted template is a grant on
// WeChat's side, which the local WeChat stand-in then lets the notify function use.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import { asyncApi, WxFail } from './callback'
import type { WxContext } from './context'

export function deviceApis(ctx: WxContext) {
  let clipboard = ''
  return {
    makePhoneCall: asyncApi(ctx, 'makePhoneCall', (o) => {
      if (typeof o.phoneNumber !== 'string' || !/^[0-9+\-() ]{3,}$/.test(o.phoneNumber)) throw new WxFail('parameter error: parameter.phoneNumber should be a phone number')
      return {}
    }),
    setClipboardData: asyncApi(ctx, 'setClipboardData', (o) => {
      if (typeof o.data !== 'string') throw new WxFail('parameter error: parameter.data should be String')
      clipboard = o.data
      return {}
    }),
    getClipboardData: asyncApi(ctx, 'getClipboardData', () => ({ data: clipboard })),
    requestSubscribeMessage: (() => {
      const request = asyncApi(ctx, 'requestSubscribeMessage', async (o) => {
        if (!ctx.gesture.inTap && !(o as { __fromTap?: boolean }).__fromTap) throw new WxFail('can only be invoked by user TAP gesture.', 10004)
        const ids = o.tmplIds
        if (!Array.isArray(ids) || ids.length === 0 || ids.length > 3) throw new WxFail('Templates count out of max bounds', 20003)
        const answer = ctx.choices.subscribe
        for (const id of ids) if (answer === 'accept') await ctx.cloudbase.grant(ctx.persona.openid, String(id))
        return Object.fromEntries(ids.map((id) => [String(id), answer]))
      })
      // The tap check happens when the app calls, not when the stand-in gets round to answering.
      return (o: Record<string, unknown> = {}) => request({ ...o, __fromTap: ctx.gesture.inTap })
    })()
  }
}
