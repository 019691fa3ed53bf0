// The reply shape every cloud function returns, to the mini-program and through the local gateway alike.
import type { ErrorCode } from './errors'

/** Field-level problems, keyed by dot path, so a form can show each message beside its field. */
export type FieldErrors = Record<string, string>

/** A failure a user can read (`message`, Chinese) and a program can branch on (`code`, stable). */
export interface AppError {
  code: ErrorCode
  message: string
  fields?: FieldErrors
}

/** The envelope: never throw across the function boundary, answer with one of these. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError }

/** Type guard for replies of unknown origin (network, old function versions). */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (v.ok === true) return 'data' in v
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string'
}
