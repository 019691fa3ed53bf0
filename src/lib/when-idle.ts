// Work the screen in front does not need (keeping lists and articles for reading offline) waits
// until the page has loaded and the phone is idle, so it never competes with drawing the first
// screen: the first idle moment can come before the page's own scripts and pictures are in.

type IdleScheduler = (work: () => void, options: { timeout: number }) => number

/**
 * Runs `work` once the page has loaded and the main thread is idle (within `timeoutMs` of the load
 * at the latest); where there is no idle callback (weapp), on the next turn.
 */
export function whenIdle(work: () => void, timeoutMs = 3000): void {
  const requestIdle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback
  if (!requestIdle) {
    setTimeout(work, 0)
    return
  }
  const idle = () => requestIdle(work, { timeout: timeoutMs })
  if (typeof document === 'undefined' || document.readyState === 'complete') idle()
  else window.addEventListener('load', idle, { once: true })
}
