// How the app's `Page` and `Component` calls reach WeChat's component model (j-component), with
// the boundary between WeChat's logic and view layers kept: every setData payload and every event
// crosses as JSON, and `undefined` in a payload (which WeChat drops, often blanking a node) is
// recorded. WeChat accepts a page built with Component({ methods: { onLoad, … } }), so Page
// forwards to Component.
import type { Recorder } from './recorder'

type Options = Record<string, unknown>

/** Paths of `undefined` values in a setData payload. */
export function undefinedPaths(value: unknown, at = ''): string[] {
  if (value === undefined) return [at || '(payload)']
  if (value === null || typeof value !== 'object') return []
  const found: string[] = []
  for (const [k, v] of Object.entries(value)) found.push(...undefinedPaths(v, Array.isArray(value) ? `${at}[${k}]` : at ? `${at}.${k}` : k))
  return found
}

function crossEvent(event: unknown): unknown {
  if (!event || typeof event !== 'object' || !('type' in event)) return event
  const e = event as Record<string, unknown>
  const node = (n: unknown) => {
    const t = (n ?? {}) as Record<string, unknown>
    return { id: t.id ?? '', dataset: t.dataset ?? {}, offsetLeft: 0, offsetTop: 0 }
  }
  return JSON.parse(
    JSON.stringify({
      type: e.type,
      timeStamp: e.timeStamp ?? Date.now(),
      target: node(e.target),
      currentTarget: node(e.currentTarget),
      mark: e.mark ?? {},
      detail: e.detail ?? {},
      touches: [],
      changedTouches: []
    })
  )
}

function withLayerBoundary(options: Options, recorder: Recorder, label: string): Options {
  const methods: Record<string, unknown> = { ...((options.methods as Options) ?? {}) }
  for (const [name, fn] of Object.entries(methods)) {
    if (typeof fn !== 'function') continue
    methods[name] = function (this: unknown, ...args: unknown[]) {
      return fn.apply(this, args.map(crossEvent))
    }
  }
  const lifetimes = { ...((options.lifetimes as Options) ?? {}) }
  const created = (lifetimes.created ?? options.created) as ((this: unknown) => void) | undefined
  lifetimes.created = function (this: { setData: (data: unknown, cb?: () => void) => void }) {
    const setData = this.setData
    this.setData = function (this: unknown, data: unknown, cb?: () => void) {
      for (const p of undefinedPaths(data)) recorder.problem('undefined-in-setData', `${label}: ${p}`)
      return setData.call(this, JSON.parse(JSON.stringify(data ?? {})), cb)
    }
    created?.call(this)
  }
  return { ...options, methods, lifetimes }
}

/** Turns the options WeChat's `Page()` takes into a Component definition. */
export function pageAsComponent(options: Options): Options {
  const methods: Options = {}
  const fields: Options = {}
  for (const [k, v] of Object.entries(options)) {
    if (k === 'data' || k === 'options' || k === 'behaviors') continue
    if (typeof v === 'function') methods[k] = v
    else fields[k] = v
  }
  return {
    data: options.data ?? {},
    behaviors: options.behaviors,
    options: options.options,
    methods,
    lifetimes: {
      created(this: Options) {
        Object.assign(this, fields)
      }
    }
  }
}

/** The `Page` and `Component` constructors the logic layer gets. */
export function constructors(register: (options: Options) => void, recorder: Recorder, label: () => string) {
  return {
    Component: (options: Options) => register(withLayerBoundary(options, recorder, label())),
    Page: (options: Options) => register(withLayerBoundary(pageAsComponent(options), recorder, label()))
  }
}
