// The browser project's test environment: Node's, plus one fact a hook cannot otherwise
// know: whether the test that just ran failed. browser-file.ts reads it after each test to report
// what each open page showed, which calls it made and what the functions logged, so a failure on a
// CI machine that never recurs here still says what happened.
import { TestEnvironment } from 'jest-environment-node'
import type { Circus } from '@jest/types'

/** Set on the test file's global: true from a test's first failure until the next test starts. */
export const FAILED_FLAG = '__futianTestFailed'

export default class FailureAwareEnvironment extends TestEnvironment {
  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'test_start') this.global[FAILED_FLAG] = false
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.global[FAILED_FLAG] = true
  }
}

/** Whether the running (or just finished) test has failed; false outside this environment. */
export function currentTestFailed(): boolean {
  return (globalThis as Record<string, unknown>)[FAILED_FLAG] === true
}
