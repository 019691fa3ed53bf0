// The one place the notify function talks to WeChat: subscribeMessage.send.
//
// Sent through @cloudbase/node-sdk's `callWxOpenApi`, whose `apiName` is the path of WeChat's HTTP
// API (POST https://api.weixin.qq.com/cgi-bin/message/subscribe/send); CloudBase adds the access
// token. That apiName is not documented for node-sdk (see /work/shared/notes/platform.md). The
// documented alternative from a CloudBase function is wx-server-sdk's
// `cloud.openapi.subscribeMessage.send({ touser, templateId, page, data })` (camelCase keys, the
// same errcodes), which needs `config.json` with `permissions.openapi: ["subscribeMessage.send"]`
// beside the function. If the first deploy shows the apiName refused, swap this module only.
import { cloudbase } from '../_shared/cloudbase'

/** WeChat's send request. */
export interface SubscribeMessageRequest {
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
  miniprogram_state?: 'developer' | 'trial' | 'formal'
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

/** WeChat's answer: 0 is success; anything else is its documented errcode. */
export interface SubscribeMessageReply {
  errcode: number
  errmsg: string
}

export const SUBSCRIBE_SEND_API = 'cgi-bin/message/subscribe/send'

/** Sends one message. Throws when no answer came back (network, CloudBase error, unreadable reply). */
export async function sendSubscribeMessage(request: SubscribeMessageRequest): Promise<SubscribeMessageReply> {
  const res = await cloudbase().callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: request })
  const result = (res as { result?: unknown }).result as Partial<SubscribeMessageReply> | undefined
  if (!result || typeof result !== 'object' || typeof result.errcode !== 'number') {
    throw new Error(`subscribeMessage.send gave no errcode${(res as { code?: string }).code ? ` (${(res as { code?: string }).code})` : ''}`)
  }
  return { errcode: result.errcode, errmsg: String(result.errmsg ?? '') }
}
