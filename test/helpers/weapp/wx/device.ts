// Capabilities that leave the app: phone calls, the clipboard, and subscribe messages. Subscribe
// requests must come from a tap (WeChat refuses them otherwise), name 1–3 templates the admin
// console holds (errors 10001, 20003, 20001 as documented), and answer each id with
// 'accept' | 'reject'; an accepted template is a grant on WeChat's side, which the local WeChat
// stand-in then lets the notify function use.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import { loadTemplates } from '../../../../local-cloudbase/wechat/templates'
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
        if (!Array.isArray(ids) || ids.length === 0) throw new WxFail("TmplIds can't be empty", 10001)
        if (ids.length > 3) throw new WxFail('Templates count out of max bounds', 20003)
        // Only templates the app's admin console holds (the WeChat stand-in's, under its data dir).
        const known = loadTemplates(ctx.cloudbase.dataDir)
        if (ids.some((id) => !Object.prototype.hasOwnProperty.call(known, String(id)))) throw new WxFail('No template data return, verify the template id exist', 20001)
        const answer = ctx.choices.subscribe
        for (const id of ids) if (answer === 'accept') await ctx.cloudbase.grant(ctx.persona.openid, String(id))
        return Object.fromEntries(ids.map((id) => [String(id), answer]))
      })
      // The tap check happens when the app calls, not when the stand-in gets round to answering.
      return (o: Record<string, unknown> = {}) => request({ ...o, __fromTap: ctx.gesture.inTap })
    })()
  }
}
