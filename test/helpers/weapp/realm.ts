// A JS realm with only what WeChat's logic layer offers: `wx`, `App`, `Page`, `Component`,
// `Behavior`, `getApp`, `getCurrentPages`, `requirePlugin`, `console` and timers, plus the language
// itself. No `window`, `document`, `process`, `Buffer`, `TextEncoder`, `fetch` or `URL`: code in
// dist/ that reaches for one fails here as it fails on a phone. Modules load as WeChat loads them,
// CommonJS `require` relative to the file, inside the package only.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { requirePluginFor } from './plugins'
import type { Recorder } from './recorder'

/** The constructors and helpers WeChat puts beside `wx`. */
export interface LogicLayerGlobals {
  wx: object
  App: (options: Record<string, unknown>) => void
  Page: (options: Record<string, unknown>) => void
  Component: (options: Record<string, unknown>) => void
  Behavior: (options: Record<string, unknown>) => unknown
  getApp: () => unknown
  getCurrentPages: () => unknown[]
}

export interface Realm {
  /** Runs `file` (absolute, inside the package) once, as WeChat's `require` does. */
  require: (file: string) => unknown
  /** Runs `file` again even if it ran before (each page instance of simulate loads its JS). */
  run: (file: string) => unknown
  context: vm.Context
  /** The realm's own Promise intrinsic (async functions in dist/ make these, not Node's). */
  Promise: PromiseConstructor
  /** True when `value` is a promise made in this realm. */
  ownsPromise: (value: unknown) => boolean
}

function describe(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'stack' in error)
    ? String((error as Error).stack ?? (error as Error).message)
    : String(error)
}

/** Wraps a callback so an exception in it is recorded as WeChat's console would show it, not thrown into Node. */
function guarded(recorder: Recorder, fn: unknown, where: string) {
  return (...args: unknown[]) => {
    try {
      if (typeof fn === 'function') fn(...args)
    } catch (error) {
      recorder.problem('uncaught-error', `${where}: ${describe(error)}`)
    }
  }
}

export function createRealm(root: string, globals: LogicLayerGlobals, recorder: Recorder): Realm {
  const consoleStandIn = {
    log: () => {},
    info: () => {},
    debug: () => {},
    warn: (...args: unknown[]) => {
      const text = args.map(String).join(' ')
      if (/WXMLRT_/.test(text)) recorder.problem('wxml-runtime', text)
    },
    error: (...args: unknown[]) => recorder.problem('console-error', args.map(describe).join(' '))
  }
  const sandbox: Record<string, unknown> = {
    ...globals,
    requirePlugin: requirePluginFor(root, recorder),
    console: consoleStandIn,
    setTimeout: (fn: unknown, ms?: number, ...args: unknown[]) => setTimeout(guarded(recorder, fn, 'setTimeout'), ms, ...args),
    clearTimeout: (id: NodeJS.Timeout) => clearTimeout(id),
    setInterval: (fn: unknown, ms?: number, ...args: unknown[]) => setInterval(guarded(recorder, fn, 'setInterval'), ms, ...args),
    clearInterval: (id: NodeJS.Timeout) => clearInterval(id)
  }
  const context = vm.createContext(sandbox, { name: 'weapp-logic-layer' })
  const cache = new Map<string, { exports: unknown }>()

  function resolve(from: string, request: string): string {
    const base = request.startsWith('/') ? path.join(root, request) : path.resolve(path.dirname(from), request)
    const file = base.endsWith('.js') ? base : `${base}.js`
    if (!file.startsWith(root + path.sep)) throw new Error(`require(${request}) 超出小程序包`)
    if (!existsSync(file)) throw new Error(`require(${request}) 找不到 ${path.relative(root, file)}`)
    return file
  }

  function execute(file: string): { exports: unknown } {
    const module = { exports: {} as unknown }
    cache.set(file, module)
    const source = readFileSync(file, 'utf8')
    const wrapper = vm.runInContext(`(function (require, module, exports) {${source}\n})`, context, { filename: file }) as (
      r: (req: string) => unknown,
      m: { exports: unknown },
      e: unknown
    ) => void
    wrapper((req) => requireFrom(file, req), module, module.exports)
    return module
  }

  function requireFrom(from: string, request: string): unknown {
    const file = resolve(from, request)
    return (cache.get(file) ?? execute(file)).exports
  }

  const RealmPromise = vm.runInContext('Promise', context) as PromiseConstructor
  return {
    context,
    Promise: RealmPromise,
    ownsPromise: (value) => value instanceof RealmPromise,
    require: (file) => (cache.get(file) ?? execute(file)).exports,
    run: (file) => execute(file).exports
  }
}
