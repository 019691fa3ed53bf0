// Runs the built cloud functions the way CloudBase does: each instance (a worker thread with its
// own environment) serves one invocation at a time; instances are reused while warm and added
// under load up to a cap; an invocation past its timeout kills its instance.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { configFor, type FunctionConfig } from './function-config'

/** Who is calling: what WeChat would tell the platform about the caller. */
export interface Caller {
  openid?: string
  appid?: string
}

/** Why an invocation produced no reply. */
export class InvocationError extends Error {
  constructor(readonly kind: 'timeout' | 'crash' | 'not-found', message: string) {
    super(message)
  }
}

interface Pending {
  resolve: (value: unknown) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
}

interface Instance {
  worker: Worker
  busy: boolean
  /** Settles when the bundle has loaded (cold start) or failed to. */
  ready: Promise<void>
  pending?: { id: string } & Pending
}

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/
const WORKER_ENTRY = path.join(__dirname, 'worker.cjs')

/** Options of a runner. */
export interface RunnerOptions {
  functionsDir: string
  /** Variables every instance starts with: the SDK's endpoint, env id, dummy credentials. */
  baseEnv: Record<string, string>
  configs: Map<string, FunctionConfig>
  maxInstancesPerFunction?: number
  /** Where function errors are reported (never the event: it may hold personal data). */
  log?: (line: string) => void
}

export class FunctionsRunner {
  private readonly pools = new Map<string, Instance[]>()
  private readonly waiting = new Map<string, (() => void)[]>()
  private stopped = false

  constructor(private readonly opts: RunnerOptions) {}

  /** True when a built function of this name exists. */
  has(name: string): boolean {
    return FUNCTION_NAME.test(name) && existsSync(this.bundlePath(name))
  }

  /** Invokes `name` with `event` as `caller`; resolves with whatever `main` returned. */
  async invoke(name: string, event: unknown, caller: Caller = {}): Promise<unknown> {
    if (!this.has(name)) throw new InvocationError('not-found', `function ${name} not found`)
    const config = configFor(this.opts.configs, name)
    const instance = await this.acquire(name, config)
    try {
      await instance.ready
    } catch (err) {
      this.release(name, instance)
      throw err
    }
    const id = randomUUID()
    const env: Record<string, string> = {}
    if (caller.openid) env.WX_OPENID = caller.openid
    if (caller.appid) env.WX_APPID = caller.appid
    env.SCF_REQUESTID = id
    const context = {
      request_id: id,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.opts.baseEnv.SCF_NAMESPACE,
      memory_limit_in_mb: config.memoryMb,
      time_limit_in_ms: config.timeoutMs,
      environment: JSON.stringify({ ...env, WX_CONTEXT_KEYS: this.opts.baseEnv.WX_CONTEXT_KEYS })
    }
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.retire(name, instance)
          reject(new InvocationError('timeout', `function ${name} timed out after ${config.timeoutMs} ms`))
        }, config.timeoutMs)
        instance.pending = { id, resolve, reject, timer }
        instance.worker.postMessage({ type: 'invoke', id, event, context, env })
      })
    } finally {
      this.release(name, instance)
    }
  }

  /** Terminates every instance. */
  async stop(): Promise<void> {
    this.stopped = true
    const all = [...this.pools.values()].flat()
    this.pools.clear()
    await Promise.all(all.map((i) => i.worker.terminate()))
  }

  private bundlePath(name: string): string {
    return path.join(this.opts.functionsDir, name, 'index.js')
  }

  private async acquire(name: string, config: FunctionConfig): Promise<Instance> {
    for (;;) {
      if (this.stopped) throw new InvocationError('crash', 'runner stopped')
      const pool = this.pools.get(name) ?? []
      this.pools.set(name, pool)
      const idle = pool.find((i) => !i.busy)
      if (idle) {
        idle.busy = true
        return idle
      }
      if (pool.length < (this.opts.maxInstancesPerFunction ?? 8)) {
        const instance = this.spawn(name, config)
        instance.busy = true
        pool.push(instance)
        return instance
      }
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(name) ?? []
        queue.push(resolve)
        this.waiting.set(name, queue)
      })
    }
  }

  private release(name: string, instance: Instance): void {
    instance.busy = false
    instance.pending = undefined
    this.waiting.get(name)?.shift()?.()
  }

  private spawn(name: string, config: FunctionConfig): Instance {
    const worker = new Worker(WORKER_ENTRY, {
      env: { ...this.opts.baseEnv, ...config.envVariables, SCF_FUNCTIONNAME: name },
      workerData: { name, bundlePath: this.bundlePath(name) },
      resourceLimits: { maxOldGenerationSizeMb: config.memoryMb },
      stdout: false,
      stderr: false
    })
    let loaded: () => void = () => {}
    let failedToLoad: (err: Error) => void = () => {}
    const ready = new Promise<void>((resolve, reject) => {
      loaded = resolve
      failedToLoad = reject
    })
    ready.catch(() => {})
    const instance: Instance = { worker, busy: false, ready }
    worker.on('message', (msg: { type: string; id: string; ok: boolean; value?: unknown; message?: string; error?: { name: string; message: string; stack?: string } }) => {
      if (msg.type === 'ready') return loaded()
      if (msg.type === 'load-error') {
        this.opts.log?.(`[${name}] failed to load: ${msg.message}`)
        this.retire(name, instance)
        return failedToLoad(new InvocationError('crash', `function ${name} failed to load`))
      }
      const pending = instance.pending
      if (msg.type !== 'result' || !pending || pending.id !== msg.id) return
      clearTimeout(pending.timer)
      if (msg.ok) pending.resolve(msg.value)
      else {
        this.opts.log?.(`[${name}] ${msg.error?.stack ?? msg.error?.message}`)
        pending.reject(new InvocationError('crash', msg.error?.message ?? 'function failed'))
      }
    })
    const fail = (reason: string) => {
      this.retire(name, instance)
      failedToLoad(new InvocationError('crash', reason))
      const pending = instance.pending
      if (pending) {
        clearTimeout(pending.timer)
        this.opts.log?.(`[${name}] instance ended: ${reason}`)
        pending.reject(new InvocationError('crash', reason))
      }
    }
    worker.on('error', (err) => fail(err.message))
    worker.on('exit', (code) => fail(`exited with code ${code}`))
    return instance
  }

  private retire(name: string, instance: Instance): void {
    const pool = this.pools.get(name)
    if (pool) this.pools.set(name, pool.filter((i) => i !== instance))
    void instance.worker.terminate()
  }
}

/** Resolves the runner's instance entry for tests that check it ships beside the runner. */
export const workerEntryPath = WORKER_ENTRY
