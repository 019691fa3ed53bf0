// The one CloudBase app per function instance. Production code only: the platform (or the local
// CloudBase) tells the SDK which environment it is in and who is calling.
import tcb from '@cloudbase/node-sdk'

let app: ReturnType<typeof tcb.init> | undefined

/**
 * Hands shared function code an app made elsewhere: the import command and the 公众号 sync's own
 * process (and tests) run the content life cycle outside a function, where no platform variables
 * say which environment to use. Inside a function nothing calls this.
 */
export function useCloudbase(given: ReturnType<typeof tcb.init>): void {
  app = given
}

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

/** What `runTransaction` hands its callback (the SDK does not export the type). */
export type Transaction = Awaited<ReturnType<ReturnType<typeof database>['startTransaction']>>
