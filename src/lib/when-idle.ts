// Work the screen in front does not need (keeping lists and articles for reading offline) waits
// until the phone is idle, so it never competes with drawing the first screen.

type IdleScheduler = (work: () => void, options: { timeout: number }) => number

/** Runs `work` once the main thread is idle (within `timeoutMs` at the latest); where there is no idle callback (weapp), on the next turn. */
export function whenIdle(work: () => void, timeoutMs = 3000): void {
  const requestIdle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback
  if (requestIdle) requestIdle(work, { timeout: timeoutMs })
  else setTimeout(work, 0)
}
