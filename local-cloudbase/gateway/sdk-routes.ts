// The endpoint @cloudbase/node-sdk talks to (`TCB_CONTEXT_CNFG.URL` = `<server>/admin`): every call
// is a POST of JSON with an `action`; replies are `{ requestId, data }` or `{ code, message, requestId }`.
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { DocumentStore } from '../database/store'
import { asCloudbaseError, handlesAction, runDatabaseAction } from '../database/service'
import { DocumentLocked, type TransactionManager } from '../database/transactions'
import { CloudbaseError, CODES } from '../errors'
import type { FunctionsRunner } from '../functions/runner'
import type { FileStore } from '../storage/file-store'
import { handlesStorageAction, runStorageAction } from '../storage/service'
import type { UrlSigner } from '../storage/signer'
import type { WechatState } from '../wechat/state'
import { DropConnection, handlesWxAction, runWxAction } from '../wechat/service'

/** What the SDK endpoint serves. */
export interface SdkServices {
  store: DocumentStore
  transactions: TransactionManager
  files: FileStore
  signer: UrlSigner
  runner: FunctionsRunner
  /** WeChat's side of the open APIs (the one test double: WeChat's servers). */
  wechat: WechatState
  dataDir: string
  /** The server's own URL, for the upload and download URLs it hands out. */
  baseUrl: () => string
}

/** CloudBase accepts synchronous payloads up to 6 MB. */
const SDK_BODY_LIMIT = 6 * 1024 * 1024

export function registerSdkRoutes(app: FastifyInstance, services: SdkServices, log: (line: string) => void): void {
  const { runner } = services
  app.post('/admin', { bodyLimit: SDK_BODY_LIMIT }, async (req, reply) => {
    const requestId = randomUUID()
    const params = (req.body ?? {}) as Record<string, unknown>
    const action = typeof params.action === 'string' ? params.action : ''
    try {
      // The SDK reads startTransaction's id at the top level of the reply (@cloudbase/database
      // src/transaction/index.ts: `res.transactionId`); commit and abort answer only the requestId.
      if (action === 'database.startTransaction') return { requestId, transactionId: services.transactions.start() }
      if (action === 'database.commitTransaction') {
        services.transactions.commit(params.transactionId)
        return { requestId }
      }
      if (action === 'database.abortTransaction') {
        services.transactions.abort(params.transactionId)
        return { requestId }
      }
      if (handlesAction(action) && params.transactionId) return { requestId, data: runInTransaction(services.transactions, action, params) }
      if (handlesAction(action)) return { requestId, data: await runPlainAction(services, action, params) }
      if (handlesStorageAction(action)) return { requestId, data: runStorageAction(services.files, services.signer, services.baseUrl(), action, params) }
      if (action === 'functions.invokeFunction') return { requestId, data: await invokeFunction(runner, params) }
      if (handlesWxAction(action)) return { requestId, data: runWxAction(services.wechat, services.dataDir, params) }
      throw new CloudbaseError(CODES.INVALID_ACTION, `action ${action || '(none)'} is not supported by the local CloudBase`)
    } catch (err) {
      if (err instanceof DropConnection) {
        reply.hijack()
        req.raw.socket.destroy()
        return
      }
      if (err instanceof CloudbaseError) return { requestId, code: err.code, message: err.message }
      log(`[sdk] ${action} failed: ${(err as Error).stack ?? err}`)
      return { requestId, code: CODES.SYS_ERR, message: 'internal error' }
    }
  })
}

function runInTransaction(transactions: TransactionManager, action: string, params: Record<string, unknown>): unknown {
  try {
    return transactions.run(action, params)
  } catch (err) {
    throw asCloudbaseError(err)
  }
}

// A plain write to a document a transaction holds waits until that transaction ends, as CloudBase
// documents (普通的更新操作会被阻塞，直到事务锁释放或者超时), then runs against what it committed.
async function runPlainAction(services: SdkServices, action: string, params: Record<string, unknown>): Promise<unknown> {
  for (;;) {
    try {
      return runDatabaseAction(services.store, action, params, services.transactions.guardPlainWrite)
    } catch (err) {
      if (!(err instanceof DocumentLocked)) throw err
      await err.released
    }
  }
}

// `app.callFunction({ name, data })` from inside a function: the callee runs as the same caller.
async function invokeFunction(runner: FunctionsRunner, params: Record<string, unknown>) {
  const name = String(params.function_name ?? '')
  if (!runner.has(name)) throw new CloudbaseError(CODES.FUNCTION_NOT_FOUND, `function ${name} not found`)
  const event = typeof params.request_data === 'string' ? JSON.parse(params.request_data) : (params.request_data ?? {})
  const result = await runner.invoke(name, event, {})
  return { response_data: JSON.stringify(result) }
}
