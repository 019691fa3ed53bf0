// One function instance, as on CloudBase: loads the function's bundle once, then serves one
// invocation at a time. Before each invocation the platform's per-call variables (WX_OPENID …)
// are set in this instance's own process.env, which @cloudbase/node-sdk re-reads on every call.
// Plain CommonJS on purpose: it runs inside the worker with no TypeScript loader.
'use strict'
const { parentPort, workerData } = require('node:worker_threads')

let perCallKeys = []
let handler = null

// Cold start: load the bundle before the first invocation, as the platform does, so the
// function's timeout measures the invocation and not the start of its instance.
try {
  const mod = require(workerData.bundlePath)
  handler = typeof mod.main === 'function' ? mod.main : mod.default && mod.default.main
  if (typeof handler !== 'function') throw new Error(`function ${workerData.name} exports no main(event, context)`)
  parentPort.postMessage({ type: 'ready' })
} catch (err) {
  parentPort.postMessage({ type: 'load-error', message: err instanceof Error ? err.stack || err.message : String(err) })
}

parentPort.on('message', async (msg) => {
  if (msg.type !== 'invoke') return
  for (const key of perCallKeys) delete process.env[key]
  perCallKeys = Object.keys(msg.env)
  Object.assign(process.env, msg.env)
  try {
    const value = await handler(msg.event, msg.context)
    parentPort.postMessage({ type: 'result', id: msg.id, ok: true, value: value === undefined ? null : value })
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err))
    parentPort.postMessage({ type: 'result', id: msg.id, ok: false, error: { name: e.name, message: e.message, stack: e.stack } })
  }
})
