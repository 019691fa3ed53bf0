// The one client for cloud functions. Weapp goes through Taro.cloud; H5 posts the same event to
// the gateway at `${TARO_APP_API_BASE}/api/<function>`. Either way the reply is an Envelope,
// unwrapped here: data on success, a CloudError with Chinese text otherwise.
import Taro from '@tarojs/taro'
import { isEnvelope, type Envelope } from '@contracts/envelope'
import type { ActionInput, ActionName, ActionResult, FunctionName } from '@contracts/functions'
import { takeEarlyReply } from './early-reply'
import { getPersonaOpenid } from './persona'
import { trackCall } from './calls-in-flight'
import { CloudError, cloudError, readableMessage } from './cloud-error'

export { CloudError, cloudError, toCloudError } from './cloud-error'

/** How long the H5 transport waits before calling it a network failure. */
const H5_TIMEOUT_MS = 15_000

function unwrap<T>(reply: unknown): T {
  if (!isEnvelope(reply)) throw cloudError('INTERNAL', reply)
  const envelope = reply as Envelope<T>
  if (envelope.ok) return envelope.data
  const { code, message, fields } = envelope.error
  throw new CloudError(code, readableMessage(code, message), fields)
}

// ---- weapp: Taro.cloud -------------------------------------------------------------------

let cloudReady = false

function ensureCloud() {
  if (cloudReady) return
  const env = process.env.TARO_APP_CLOUD_ENV
  Taro.cloud.init({ ...(env ? { env } : {}), traceUser: true })
  cloudReady = true
}

/** Classifies a rejected wx.cloud.callFunction by its wx.cloud error code; the rest is the network. */
function weappFailure(error: unknown): CloudError {
  const e = error as { errCode?: number; errMsg?: string; message?: string } | undefined
  const text = `${e?.errCode ?? ''} ${e?.errMsg ?? ''} ${e?.message ?? ''}`
  // -504003: the function ran past its time limit (not the phone's connection).
  if (/-504003/.test(text)) return cloudError('FUNCTION_TIMEOUT', error)
  // -404011 / -504002: the function itself failed.
  if (/-404011|-504002/.test(text)) return cloudError('INTERNAL', error)
  return cloudError('NETWORK', error)
}

async function callWeapp(name: string, event: Record<string, unknown>): Promise<unknown> {
  ensureCloud()
  let res: Taro.cloud.CallFunctionResult
  try {
    res = await Taro.cloud.callFunction({ name, data: event })
  } catch (error) {
    throw weappFailure(error)
  }
  return res.result
}

// ---- H5: POST to the gateway -------------------------------------------------------------

function apiBase(): string {
  return (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')
}

async function callH5(name: string, event: Record<string, unknown>): Promise<unknown> {
  const controller = typeof AbortController === 'undefined' ? null : new AbortController()
  const timer = controller ? setTimeout(() => controller.abort(), H5_TIMEOUT_MS) : null
  let response: Response
  try {
    // The page's HTML may have made this very call already, while the app was downloading.
    response = await (takeEarlyReply(name, event, controller?.signal) ??
      fetch(`${apiBase()}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-WX-OPENID': getPersonaOpenid() },
        body: JSON.stringify(event),
        signal: controller?.signal
      }))
  } catch (error) {
    throw cloudError('NETWORK', error)
  } finally {
    if (timer) clearTimeout(timer)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch (error) {
    // Not JSON: a proxy page or a crashed gateway. Say something people understand.
    throw cloudError(response.status === 504 ? 'FUNCTION_TIMEOUT' : 'INTERNAL', error)
  }
  // Error envelopes arrive with 4xx/5xx statuses; the envelope, not the status, decides.
  if (!isEnvelope(body)) {
    throw cloudError(response.status === 504 ? 'FUNCTION_TIMEOUT' : 'INTERNAL', body)
  }
  return body
}

// ---- the typed entry point ---------------------------------------------------------------

/**
 * Calls `action` of cloud function `name` with `input`; the event sent is `{ action, ...input }`.
 * Resolves with the action's data; rejects with a CloudError whose message can be shown as is.
 */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  input: ActionInput<F, A>
): Promise<ActionResult<F, A>> {
  const event = { action, ...(input as object) }
  const reply = process.env.TARO_ENV === 'h5' ? await trackCall(() => callH5(name, event)) : await callWeapp(name, event)
  return unwrap<ActionResult<F, A>>(reply)
}
