// The errors the local gateway answers itself (bad JSON, no such function, a timeout …), as the
// product's web transport expects them: same codes, HTTP statuses and Chinese messages as the
// product's table (a test keeps them equal), held here so the local CloudBase imports no product code.
export const GATEWAY_ERRORS = {
  INVALID_INPUT: { status: 400, message: '提交的内容有误，请检查后重试' },
  INVALID_JSON: { status: 400, message: '请求格式有误' },
  UNAUTHENTICATED: { status: 401, message: '请在微信中打开并登录后再试' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  FUNCTION_NOT_FOUND: { status: 404, message: '请求的服务不存在' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太大' },
  INTERNAL: { status: 500, message: '服务暂时不可用，请稍后再试' },
  FUNCTION_TIMEOUT: { status: 504, message: '服务响应超时，请稍后再试' }
} as const

/** A code the gateway itself may answer. */
export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS

/** Maps a function's error code to an HTTP status; the product passes its own table's (contracts/errors). */
export type StatusOfCode = (code: string) => number

/** Without the product's table: the gateway's own codes, else 400 (the function refused the call). */
export const defaultStatusOf: StatusOfCode = (code) => (code in GATEWAY_ERRORS ? GATEWAY_ERRORS[code as GatewayErrorCode].status : 400)

/** A reply envelope as functions return it: `{ ok: true, data }` or `{ ok: false, error: { code, message } }`. */
export function isEnvelope(value: unknown): value is { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } } {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (v.ok === true) return 'data' in v
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string'
}
