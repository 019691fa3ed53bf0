// The local CloudBase: one HTTP server that speaks the subset of CloudBase's HTTP API that
// @cloudbase/node-sdk sends (/admin), runs the built cloud functions behind a local gateway
// (/api/<fn>), serves the H5 build, and keeps data in SQLite under the data directory.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyError } from 'fastify'
import { COLLECTIONS } from '../database/collections'
import { registerAdminRoutes } from './admin/admin-routes'
import { registerLocalServiceRoutes } from './admin/local-service-routes'
import { DocumentStore } from './database/store'
import { TransactionManager } from './database/transactions'
import { readFunctionConfigs } from './functions/function-config'
import { FunctionsRunner } from './functions/runner'
import { functionBaseEnv } from './function-env'
import { registerApiRoutes, replyError } from './gateway/api-routes'
import type { StatusOfCode } from './gateway/gateway-errors'
import { registerSdkRoutes } from './gateway/sdk-routes'
import { registerH5Routes } from './static/h5-routes'
import { FileStore } from './storage/file-store'
import { UrlSigner } from './storage/signer'
import { registerStorageRoutes } from './storage/storage-routes'
import { TimerScheduler } from './timers/scheduler'
import { WechatState } from './wechat/state'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET, MpStandIn } from './wechat/mp-articles'
import { MP_PREFIX, registerMpRoutes } from './wechat/mp-routes'

/** How to start one local CloudBase. */
export interface LocalCloudbaseOptions {
  dataDir: string
  functionsDir: string
  /** cloudbaserc.json, for function timeouts, memory and variables. */
  cloudbaserc?: string
  h5Dir?: string
  port?: number
  host?: string
  envId?: string
  /** Loads demo content through the SDK once the server listens (first start and reset). */
  seed?: (url: string) => Promise<void>
  log?: (line: string) => void
  /** HTTP status of a function's error code at the gateway (the product's table, contracts/errors' statusOf). */
  statusOf?: StatusOfCode
  /** Runs timer triggers on their schedules (`npm start` does; tests fire them through `/__local/timers/<fn>`). */
  timers?: boolean
  /** How long a transaction may stay open before it is rolled back (CloudBase: 30 s). */
  transactionTimeLimitMs?: number
}

/** A running local CloudBase. */
export interface LocalCloudbase {
  url: string
  port: number
  envId: string
  store: DocumentStore
  transactions: TransactionManager
  files: FileStore
  runner: FunctionsRunner
  /** WeChat's side of subscribe messages: grants, delivered messages, injected faults. */
  wechat: WechatState
  /** The 公众号 publishing API stand-in (wechatSync's other side). */
  mp: MpStandIn
  timers: TimerScheduler
  stop: () => Promise<void>
}

export const DEFAULT_ENV_ID = 'futian-local'

export async function startLocalCloudbase(opts: LocalCloudbaseOptions): Promise<LocalCloudbase> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const envId = opts.envId ?? DEFAULT_ENV_ID
  mkdirSync(opts.dataDir, { recursive: true })
  const store = new DocumentStore(path.join(opts.dataDir, 'database.sqlite'))
  applyDeclaredIndexes(store)
  const transactions = new TransactionManager(store, opts.transactionTimeLimitMs)
  const files = new FileStore(opts.dataDir, envId)
  const signer = new UrlSigner()

  const wechat = new WechatState(opts.dataDir)
  const mp = new MpStandIn(opts.dataDir)

  const baseEnv: Record<string, string> = {}
  const configs = readFunctionConfigs(opts.cloudbaserc ?? '', opts.dataDir)
  const runner = new FunctionsRunner({ functionsDir: opts.functionsDir, baseEnv, configs, log })
  const timers = new TimerScheduler(runner, configs, log)

  // forceCloseConnections: stopping ends every socket. With only idle ones closed (the default), a
  // socket a browser opened ahead of a request it never sent (Chromium's preconnect, kept while the
  // page is offline) held stop() until Node's 300 s request timeout.
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true })
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return replyError(reply, 'PAYLOAD_TOO_LARGE')
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return replyError(reply, 'INVALID_JSON', '请求内容须为 JSON')
    if (err.statusCode === 400) return replyError(reply, 'INVALID_JSON')
    log(`[server] ${err.stack ?? err.message}`)
    return replyError(reply, 'INTERNAL')
  })
  await registerApiRoutes(app, runner, log, opts.statusOf)
  let url = ''
  registerSdkRoutes(app, { store, transactions, files, signer, runner, wechat, dataDir: opts.dataDir, baseUrl: () => url }, log)
  await registerStorageRoutes(app, files, signer)
  registerAdminRoutes(app, {
    collections: () => store.collections(),
    reset: async ({ seed }) => {
      transactions.abortAll()
      store.dropAll()
      files.clear()
      wechat.clear()
      mp.clear()
      applyDeclaredIndexes(store)
      if (seed && opts.seed) await opts.seed(url)
    }
  })
  registerLocalServiceRoutes(app, wechat, timers)
  registerMpRoutes(app, mp, () => url)
  await registerH5Routes(app, opts.h5Dir)

  await app.listen({ port: opts.port ?? 10086, host: opts.host ?? '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 10086)
  url = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`
  Object.assign(baseEnv, functionBaseEnv(url, envId))
  // wechatSync reaches the 公众号 API stand-in instead of api.weixin.qq.com, with its credentials.
  Object.assign(baseEnv, { WECHAT_MP_API_BASE: `${url}${MP_PREFIX}`, WECHAT_MP_APPID: LOCAL_MP_APPID, WECHAT_MP_SECRET: LOCAL_MP_SECRET })

  if (opts.seed && store.collections().every((c) => store.all(c).length === 0)) await opts.seed(url)
  if (opts.timers) timers.start()

  return {
    url,
    port,
    envId,
    store,
    transactions,
    files,
    runner,
    wechat,
    mp,
    timers,
    stop: async () => {
      timers.stop()
      await runner.stop()
      await app.close()
      transactions.abortAll()
      store.close()
      files.close()
    }
  }
}

// Declared collections and indexes exist before any function runs, as after a deploy.
function applyDeclaredIndexes(store: DocumentStore): void {
  for (const spec of COLLECTIONS) {
    store.ensureCollection(spec.name)
    for (const index of spec.indexes) store.ensureIndex(spec.name, index)
  }
}
