// An assertion that retries until it passes or its deadline passes: browser and weapp tests read
// what a person sees, and a loaded 2-core machine can deliver the expected state a frame or a
// second later. Reading once after an action is a race; this waits for the expected state itself.
import { expect } from '@jest/globals'

/** Long enough for a busy CI machine; a real failure still ends the test well inside jest's limit. */
export const EVENTUALLY_TIMEOUT_MS = 15_000
const RETRY_EVERY_MS = 50

type Check<T> = (value: T) => void

/**
 * A read that never answers (a page.evaluate of a promise that never settles) must fail at the
 * deadline with a message, not hang until jest's own limit says only "timeout".
 */
function readBy<T>(read: () => T | Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('eventually: the read was still unanswered at the deadline')), Math.max(0, deadline - Date.now()))
  })
  return Promise.race([Promise.resolve().then(read), late]).finally(() => clearTimeout(timer))
}

async function retry<T>(read: () => T | Promise<T>, check: Check<T>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      check(await readBy(read, deadline))
      return
    } catch (error) {
      if (Date.now() >= deadline) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS))
  }
}

function matchers<T>(read: () => T | Promise<T>, timeoutMs: number, negate: boolean) {
  // jest's matchers are typed per value; the retry only needs to run the same matcher again.
  const run = (name: string, expected: unknown[]) =>
    retry(read, (value) => {
      const base = expect(value) as unknown as Record<string, (...args: unknown[]) => void> & { not: Record<string, (...args: unknown[]) => void> }
      ;(negate ? base.not : base)[name](...expected)
    }, timeoutMs)
  return {
    toBe: (expected: unknown) => run('toBe', [expected]),
    toEqual: (expected: unknown) => run('toEqual', [expected]),
    toContain: (expected: unknown) => run('toContain', [expected]),
    toMatch: (expected: string | RegExp) => run('toMatch', [expected]),
    toHaveLength: (expected: number) => run('toHaveLength', [expected]),
    toBeGreaterThan: (expected: number) => run('toBeGreaterThan', [expected]),
    toBeGreaterThanOrEqual: (expected: number) => run('toBeGreaterThanOrEqual', [expected]),
    toBeLessThanOrEqual: (expected: number) => run('toBeLessThanOrEqual', [expected]),
    toBeTruthy: () => run('toBeTruthy', [])
  }
}

/**
 * `await eventually(() => locator.innerText()).toBe('已通过')` reads again until the matcher passes,
 * then returns; past the deadline it fails with the matcher's own message for the last value read.
 */
export function eventually<T>(read: () => T | Promise<T>, { timeoutMs = EVENTUALLY_TIMEOUT_MS } = {}) {
  return { ...matchers(read, timeoutMs, false), not: matchers(read, timeoutMs, true) }
}

/**
 * Retries `check` until it returns without throwing, and gives its result; at the deadline, fails
 * naming `what` and the last error. For a step that is an action and its check together (a tap that
 * may land on a page still settling), where `eventually` reads one value.
 */
export async function until<T>(check: () => Promise<T>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  let last: unknown
  while (Date.now() < end) {
    try {
      return await check()
    } catch (error) {
      last = error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${what}: not reached within ${ms} ms (${String(last)})`)
}
