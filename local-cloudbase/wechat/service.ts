// The SDK's `wx.api` action (node-sdk src/wx/index.ts, `callWxOpenApi`): `{ apiName, requestData }`
// with the request as a JSON string, answered `{ responseData: <JSON string> }` that the SDK parses
// into `result`. Only WeChat's subscribe-message send is here; other apiNames are refused.
import { CloudbaseError, CODES } from '../errors'
import type { WechatState } from './state'
import { sendSubscribeMessage } from './subscribe-send'
import { loadTemplates } from './templates'

/** The send's path in WeChat's HTTP API (POST https://api.weixin.qq.com/cgi-bin/message/subscribe/send). */
export const SUBSCRIBE_SEND_API = 'cgi-bin/message/subscribe/send'

/** Thrown to make the server drop the connection without a reply (an injected fault). */
export class DropConnection extends Error {}

export function handlesWxAction(action: string): boolean {
  return action === 'wx.api'
}

export function runWxAction(state: WechatState, dataDir: string, params: Record<string, unknown>): { responseData: string } {
  const apiName = String(params.apiName ?? '').replace(/^\/+/, '')
  if (apiName !== SUBSCRIBE_SEND_API) {
    throw new CloudbaseError(CODES.INVALID_PARAM, `wx.api ${apiName || '(none)'} is not supported by the local CloudBase (only ${SUBSCRIBE_SEND_API})`)
  }
  const fault = state.nextFault()
  if (fault && 'drop' in fault) throw new DropConnection()
  if (fault) return { responseData: JSON.stringify({ errcode: fault.errcode, errmsg: fault.errmsg }) }
  let body: unknown
  try {
    body = typeof params.requestData === 'string' && params.requestData ? JSON.parse(params.requestData) : params.requestData
  } catch {
    body = undefined
  }
  return { responseData: JSON.stringify(sendSubscribeMessage(state, loadTemplates(dataDir), body)) }
}
