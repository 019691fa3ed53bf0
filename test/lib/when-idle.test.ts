// whenIdle (src/lib/when-idle.ts) holds work the screen does not need until the page has loaded
// and the phone is idle: before the load event it must not even ask for an idle moment, since the
// first idle moment can come before the page's own scripts and pictures are in. The browser's
// globals it reads are set here per test: an EventTarget as window, a readyState as document.
import { whenIdle } from '@/lib/when-idle'

type IdleRequest = { work: () => void; timeout: number }

const globals = globalThis as unknown as Record<string, unknown>
let idleRequests: IdleRequest[]

function browserAt(readyState: DocumentReadyState): EventTarget {
  const window = new EventTarget()
  globals.window = window
  globals.document = { readyState }
  idleRequests = []
  globals.requestIdleCallback = (work: () => void, options: { timeout: number }) => idleRequests.push({ work, timeout: options.timeout })
  return window
}

afterEach(() => {
  delete globals.window
  delete globals.document
  delete globals.requestIdleCallback
})

test('while the page is loading, no idle moment is asked for until the load event; then one, with the timeout', () => {
  const window = browserAt('loading')
  const work = jest.fn()
  whenIdle(work, 1234)
  expect(idleRequests).toHaveLength(0)

  window.dispatchEvent(new Event('load'))
  expect(idleRequests).toEqual([{ work, timeout: 1234 }])
  expect(work).not.toHaveBeenCalled()
  idleRequests[0].work()
  expect(work).toHaveBeenCalledTimes(1)

  // The listener was for one load only.
  window.dispatchEvent(new Event('load'))
  expect(idleRequests).toHaveLength(1)
})

test('once the page has loaded, the idle moment is asked for at once (3 s at the latest by default)', () => {
  browserAt('complete')
  const work = jest.fn()
  whenIdle(work)
  expect(idleRequests).toEqual([{ work, timeout: 3000 }])
})

test('interactive is not loaded yet: pictures and late scripts may still be coming', () => {
  const window = browserAt('interactive')
  whenIdle(() => undefined)
  expect(idleRequests).toHaveLength(0)
  window.dispatchEvent(new Event('load'))
  expect(idleRequests).toHaveLength(1)
})

test('without idle callbacks (the mini-program) the work runs on the next turn, not synchronously', async () => {
  const ran = new Promise<string>((resolve) => {
    whenIdle(() => resolve('ran'))
  })
  let synchronously = false
  whenIdle(() => (synchronously = true))
  expect(synchronously).toBe(false)
  await expect(ran).resolves.toBe('ran')
})
