// Fingerprints of an item before and after an action, for the operation log: enough to prove what
// changed (and to match a revision), without copying whole bodies into the log.
import { createHash } from 'node:crypto'

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    )
  }
  return value
}

/** sha256 of the canonical JSON, first 16 hex digits; '' for nothing. */
export function fingerprint(value: unknown): string {
  if (value === null || value === undefined) return ''
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex').slice(0, 16)
}
