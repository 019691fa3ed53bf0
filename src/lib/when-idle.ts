// Work the screen in front does not need (keeping lists and articles for reading offline, fetching
// the toast code) waits until the first screen is drawn: the page has loaded, the replies it asked
// for are in (src/lib/calls-in-flight.ts), the frame drawing them is on screen, and the phone is
// idle. The first idle moment can come before the page's own scripts and pictures are in, or while
// the screen waits for its data; work started then competes with the screen for a slow line.

import { whenCallsSettled } from './calls-in-flight'

type IdleScheduler = (work: () => void, options: { timeout: number }) => number

/**
 * Runs `work` once the first screen is drawn and the main thread is idle (each wait for an idle
 * moment ends `timeoutMs` at the latest); where there is no idle callback (weapp), on the next turn.
 */
export function whenIdle(work: () => void, timeoutMs = 3000): void {
  const requestIdle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback
  if (!requestIdle) {
    setTimeout(work, 0)
    return
  }
  // The first idle moment after load comes after the first render, which has made the page's calls.
  const afterLoad = () =>
    requestIdle(() => whenCallsSettled(() => afterNextPaint(() => requestIdle(work, { timeout: timeoutMs }))), { timeout: timeoutMs })
  if (typeof document === 'undefined' || document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
}

/** The frame after the next one has begun: the next one, with the replies drawn, was painted. */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(then))
}
