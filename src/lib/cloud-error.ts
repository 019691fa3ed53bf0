// The app's one error type: whatever failed (the server, the network, a platform API, the app's
// own checks), the UI gets a CloudError whose message is Chinese and meant for people. Kept apart
// from cloud.ts so that code without Taro (unit tests, pure helpers) can use it.
import type { FieldErrors } from '@contracts/envelope'
import { ERRORS, type ErrorCode } from '@contracts/errors'

/** A failure the UI can show as is: `message` is always Chinese and meant for people. */
export class CloudError extends Error {
  /** Stable machine code from contracts/errors.ts (or a newer one the server knows). */
  readonly code: ErrorCode | (string & {})
  /** Per-field messages for forms, keyed by dot path. */
  readonly fields?: FieldErrors

  constructor(code: ErrorCode | (string & {}), message: string, fields?: FieldErrors, cause?: unknown) {
    super(message)
    this.name = 'CloudError'
    this.code = code
    if (fields) this.fields = fields
    // Kept for debugging only; never rendered.
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause
  }
}

/** Builds a CloudError carrying the table's Chinese text for `code`. */
export function cloudError(code: ErrorCode, cause?: unknown): CloudError {
  return new CloudError(code, ERRORS[code].message, undefined, cause)
}

const HAS_CHINESE = /[\u3400-\u9fff]/

/**
 * Turns anything caught into a CloudError, so components only ever render Chinese text. The app's
 * own checks throw plain Errors worded for people (图片太大…), which keep their text; any other
 * error (a TypeError, an English platform message) becomes the table's INTERNAL text.
 */
export function toCloudError(error: unknown): CloudError {
  if (error instanceof CloudError) return error
  if (error instanceof Error && HAS_CHINESE.test(error.message)) return new CloudError('INVALID_INPUT', error.message, undefined, error)
  return cloudError('INTERNAL', error)
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERRORS, code)
}

/** Picks the text to show: the server's own Chinese text if it has one, else the table's. */
export function readableMessage(code: string, serverMessage: string): string {
  if (serverMessage && HAS_CHINESE.test(serverMessage)) return serverMessage
  return isKnownCode(code) ? ERRORS[code].message : ERRORS.INTERNAL.message
}
