// The local HTTP access gateway: `POST /api/<function>` with the event as the JSON body, the caller's
// openid from `X-WX-OPENID` (local development only; the server binds to loopback). Replies with the
// function's envelope and an HTTP status taken from its error code, gzipped as Tencent Cloud's API
// gateway gzips a reply (API_COMPRESSION).
import compress from '@fastify/compress'
import type { FastifyInstance, RouteOptions } from 'fastify'
import { defaultStatusOf, GATEWAY_ERRORS, isEnvelope, type GatewayErrorCode, type StatusOfCode } from './gateway-errors'
import { InvocationError, type FunctionsRunner } from '../functions/runner'

const OPENID = /^[A-Za-z0-9_-]{1,64}$/
/** What a caller may send in one call; larger payloads belong in cloud storage, as on WeChat. */
export const API_BODY_LIMIT = 1024 * 1024
/** The appid the local platform reports for the mini-program. */
export const LOCAL_APPID = 'wx-local-futian'

/**
 * Tencent Cloud's API gateway, in front of its functions, gzips a JSON reply of more than 1 KB when the
 * caller accepts gzip, and only gzip (its 响应压缩 document, product 628/38851). An article's reply
 * is 10 KB of JSON and about 4 KB gzipped: on a phone's line that is the difference the H5 pages
 * feel, so the local gateway does the same rather than send what the real one would not.
 */
const API_COMPRESSION: RouteOptions['compress'] = { encodings: ['gzip'], threshold: 1025 }

/** Sends an error envelope with its status. */
export function replyError(reply: { code: (n: number) => { send: (b: unknown) => unknown } }, code: GatewayErrorCode, message?: string) {
  return reply.code(GATEWAY_ERRORS[code].status).send({ ok: false, error: { code, message: message ?? GATEWAY_ERRORS[code].message } })
}

export async function registerApiRoutes(app: FastifyInstance, runner: FunctionsRunner, log: (line: string) => void, statusOf: StatusOfCode = defaultStatusOf): Promise<void> {
  // Off by default, on for this route only: the H5 files have their own encodings (static/h5-routes.ts).
  await app.register(compress, { global: false })
  app.post<{ Params: { fn: string } }>('/api/:fn', { bodyLimit: API_BODY_LIMIT, compress: API_COMPRESSION }, async (req, reply) => {
    const body = req.body
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return replyError(reply, 'INVALID_JSON', '请求内容须为 JSON 对象')
    const header = req.headers['x-wx-openid']
    const openid = typeof header === 'string' && header !== '' ? header : undefined
    if (openid !== undefined && !OPENID.test(openid)) return replyError(reply, 'INVALID_INPUT', '身份信息格式有误')
    if (!runner.has(req.params.fn)) return replyError(reply, 'FUNCTION_NOT_FOUND')
    // The platform injects who called into the event, overwriting anything the caller sent there.
    const event = { ...(body as Record<string, unknown>), userInfo: { appId: LOCAL_APPID, openId: openid ?? '' } }
    try {
      const result = await runner.invoke(req.params.fn, event, { openid, appid: LOCAL_APPID })
      if (!isEnvelope(result)) {
        log(`[gateway] ${req.params.fn} returned something that is not an envelope`)
        return replyError(reply, 'INTERNAL')
      }
      return reply.code(result.ok ? 200 : statusOf(result.error.code)).send(result)
    } catch (err) {
      if (err instanceof InvocationError && err.kind === 'timeout') return replyError(reply, 'FUNCTION_TIMEOUT')
      if (err instanceof InvocationError && err.kind === 'not-found') return replyError(reply, 'FUNCTION_NOT_FOUND')
      return replyError(reply, 'INTERNAL')
    }
  })
}
