// The one CloudBase app per function instance. Production code only: the platform (or the local
// CloudBase) tells the SDK which environment it is in and who is calling.
import tcb from '@cloudbase/node-sdk'

let app: ReturnType<typeof tcb.init> | undefined

/** The SDK app for the environment this function runs in. */
export function cloudbase() {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  return app
}

/** The document database. */
export function database() {
  return cloudbase().database()
}

/** The caller's openid as the platform reports it; '' when the caller is not a WeChat user. */
export function callerOpenId(): string {
  return cloudbase().auth().getUserInfo().openId ?? ''
}
