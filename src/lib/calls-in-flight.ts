// The app's cloud calls that have not replied yet. Work that can wait (whenIdle) also waits for
// them: on a phone's slow line, keeping pages for offline or fetching the toast code must not take
// bandwidth from the reply the screen is waiting for, nor CPU from drawing it.

let inFlight = 0
let waiting: (() => void)[] = []

/** Counts `call` as in flight until it settles, whichever way. */
export async function trackCall<T>(call: () => Promise<T>): Promise<T> {
  inFlight++
  try {
    return await call()
  } finally {
    inFlight--
    if (inFlight === 0) {
      const settled = waiting
      waiting = []
      for (const then of settled) then()
    }
  }
}

/** Runs `then` now if no call is in flight, or when the last one in flight settles. */
export function whenCallsSettled(then: () => void): void {
  if (inFlight === 0) then()
  else waiting.push(then)
}
