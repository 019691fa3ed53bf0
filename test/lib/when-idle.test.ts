// whenIdle (src/lib/when-idle.ts) holds work the screen does not need until the first screen is
// drawn: the page has loaded, the app's calls have replied, a frame has drawn them, and the phone
// is idle. Before the load event it must not even ask for an idle moment, since the first idle
// moment can come before the page's own scripts and pictures are in. The browser's globals it
// reads are set here per test: an EventTarget as window, a readyState as document, queues for
// idle and animation-frame callbacks that a test runs by hand.
import { trackCall } from '@/lib/calls-in-flight'
import { whenIdle } from '@/lib/when-idle'

type IdleRequest = { work: () => void; timeout: number }

const globals = globalThis as unknown as Record<string, unknown>
let idleRequests: IdleRequest[]
let frames: (() => void)[]

function browserAt(readyState: DocumentReadyState): EventTarget {
  const window = new EventTarget()
  globals.window = window
  globals.document = { readyState }
  idleRequests = []
  frames = []
  globals.requestIdleCallback = (work: () => void, options: { timeout: number }) => idleRequests.push({ work, timeout: options.timeout })
  globals.requestAnimationFrame = (then: () => void) => frames.push(then)
  return window
}

/** Runs the oldest pending idle callback. */
const idle = () => idleRequests.shift()!.work()
/** Runs the callbacks of the next frame. */
const frame = () => frames.splice(0).forEach((then) => then())

/** A call in flight until `reply()` is called. */
function callInFlight(): { reply: () => Promise<void> } {
  let reply!: () => void
  const call = trackCall(() => new Promise<void>((resolve) => (reply = resolve)))
  return {
    reply: async () => {
      reply()
      await call
    }
  }
}

afterEach(() => {
  delete globals.window
  delete globals.document
  delete globals.requestIdleCallback
  delete globals.requestAnimationFrame
})

test('while the page is loading, no idle moment is asked for until the load event; then the work waits for a drawn frame and one more idle moment, each with the timeout', () => {
  const window = browserAt('loading')
  const work = jest.fn()
  whenIdle(work, 1234)
  expect(idleRequests).toHaveLength(0)

  window.dispatchEvent(new Event('load'))
  expect(idleRequests.map((r) => r.timeout)).toEqual([1234])
  idle()
  // No call in flight: on to the frames.
  frame()
  expect(idleRequests).toHaveLength(0)
  frame()
  expect(idleRequests.map((r) => r.timeout)).toEqual([1234])
  expect(work).not.toHaveBeenCalled()
  idle()
  expect(work).toHaveBeenCalledTimes(1)

  // The listener was for one load only.
  window.dispatchEvent(new Event('load'))
  expect(idleRequests).toHaveLength(0)
})

test('the work waits for every call in flight to reply, then for the frame that draws the replies', async () => {
  browserAt('complete')
  const listReply = callInFlight()
  const headlinesReply = callInFlight()
  const work = jest.fn()
  whenIdle(work)
  idle()
  expect(frames).toHaveLength(0)

  await listReply.reply()
  expect(frames).toHaveLength(0)
  await headlinesReply.reply()
  frame()
  frame()
  idle()
  expect(work).toHaveBeenCalledTimes(1)
})

test('a call that fails settles too', async () => {
  browserAt('complete')
  const failing = trackCall(() => Promise.reject(new Error('网络不可用')))
  const work = jest.fn()
  whenIdle(work)
  idle()
  expect(frames).toHaveLength(0)
  await expect(failing).rejects.toThrow('网络不可用')
  frame()
  frame()
  idle()
  expect(work).toHaveBeenCalledTimes(1)
})

test('once the page has loaded, the first idle moment is asked for at once (3 s at the latest by default)', () => {
  browserAt('complete')
  whenIdle(() => undefined)
  expect(idleRequests.map((r) => r.timeout)).toEqual([3000])
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
