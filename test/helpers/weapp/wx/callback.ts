// WeChat's calling convention for asynchronous APIs: `{ success, fail, complete }` called later with
// `{ errMsg: '<api>:ok', ... }` or `{ errMsg: '<api>:fail <reason>', errno? }`, or a Promise when no
// callback is given (https://developers.weixin.qq.com/miniprogram/dev/framework/app-service/api.html).
import type { WxContext } from './context'

/** A failure as WeChat reports it; `reason` becomes the text after `:fail `. */
export class WxFail extends Error {
  constructor(
    readonly reason: string,
    readonly errno?: number,
    /** wx.cloud's failures carry `errCode` (its own code table) rather than `errno`. */
    readonly errCode?: number
  ) {
    super(reason)
  }
}

type Options = Record<string, unknown> & { success?: unknown; fail?: unknown; complete?: unknown }
type Impl = (options: Options) => unknown

function callLater(ctx: WxContext, api: string, fn: unknown, arg: unknown): void {
  if (typeof fn !== 'function') return
  try {
    fn(arg)
  } catch (error) {
    ctx.recorder.problem('uncaught-error', `${api} 回调抛出: ${(error as Error)?.stack ?? String(error)}`)
  }
}

/** An asynchronous `wx.<api>`: records the call, runs `impl`, answers through callbacks or a Promise. */
export function asyncApi(ctx: WxContext, api: string, impl: Impl, onFail?: (reason: string) => void) {
  return (options: Options = {}) => {
    ctx.recorder.call(api, [options])
    const wantsPromise = options.success === undefined && options.fail === undefined && options.complete === undefined
    const settled = Promise.resolve()
      .then(() => impl(options))
      .then(
        (res) => ({ ok: true as const, res: { ...(res as object), errMsg: `${api}:ok` } }),
        (error) => {
          if (!(error instanceof WxFail)) ctx.recorder.problem('uncaught-error', `${api} 的替身出错: ${(error as Error)?.stack ?? error}`)
          const reason = error instanceof WxFail ? error.reason : String((error as Error)?.message ?? error)
          onFail?.(reason)
          const res: Record<string, unknown> = { errMsg: `${api}:fail ${reason}` }
          if (error instanceof WxFail && error.errno !== undefined) res.errno = error.errno
          if (error instanceof WxFail && error.errCode !== undefined) res.errCode = error.errCode
          return { ok: false as const, res }
        }
      )
    if (wantsPromise) {
      const LogicPromise = ctx.logicLayerPromise ?? Promise
      return new LogicPromise((resolve, reject) => void settled.then(({ ok, res }) => (ok ? resolve(res) : reject(res))))
    }
    // Callbacks arrive from WeChat's native side: a later macrotask, never synchronously.
    void settled.then(({ ok, res }) =>
      setTimeout(() => {
        callLater(ctx, api, ok ? options.success : options.fail, res)
        callLater(ctx, api, options.complete, res)
      }, 0)
    )
    return undefined
  }
}

/** A synchronous `wx.<api>Sync` (or a plain getter): records the call and returns what `impl` returns. */
export function syncApi<A extends unknown[], R>(ctx: WxContext, api: string, impl: (...args: A) => R) {
  return (...args: A): R => {
    ctx.recorder.call(api, args)
    return impl(...args)
  }
}

/** An API that only registers or removes a listener (`wx.onXxx` / `wx.offXxx`). */
export function listenerApi(ctx: WxContext, api: string, listeners: Set<unknown>, remove = false) {
  return (listener: unknown) => {
    ctx.recorder.call(api, [])
    if (remove) listeners.delete(listener)
    else listeners.add(listener)
  }
}
