// The 圆梦计划 data key and fault hygiene shared by the worker's and the staff's functions: the
// key is loaded per instance (missing or malformed → the handler's INTERNAL reply, never clear
// text), and any fault leaves an action with its message scrubbed, because SDK and database errors
// may echo what they were sent.
import { DataKeyError, fieldCrypto, parseSecret, SealError, type FieldCrypto } from '../field-crypto'

/** The function variable holding the base64 32-byte secret (cloudbaserc.json `envVariables`). */
export const DATA_KEY_VARIABLE = 'DREAM_PLAN_DATA_KEY'

/** A fault whose message we wrote and which names no personal data. */
export class DreamPlanFault extends Error {
  override name = 'DreamPlanFault'
}

let cached: { raw: string; crypto: FieldCrypto } | undefined

/** The instance's crypto, rebuilt only if the variable changes. */
export function dataCrypto(): FieldCrypto {
  const raw = process.env[DATA_KEY_VARIABLE] ?? ''
  if (cached?.raw !== raw) cached = { raw, crypto: fieldCrypto(parseSecret(raw, DATA_KEY_VARIABLE)) }
  return cached.crypto
}

/** The error to log: our own messages as they are; for anything else only its name, its code and
 * where it was thrown (a database error's text may quote the document it was given). */
export function scrubbed(err: unknown): Error {
  if (err instanceof DataKeyError || err instanceof SealError || err instanceof DreamPlanFault) return err
  const e = (err ?? {}) as { name?: unknown; code?: unknown; stack?: unknown }
  const name = typeof e.name === 'string' && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : 'Error'
  const code = typeof e.code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(e.code) ? ` ${e.code}` : ''
  const safe = new DreamPlanFault(`${name}${code} (message withheld: it may hold personal data)`)
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : []
  safe.stack = [`${safe.name}: ${safe.message}`, ...frames].join('\n')
  return safe
}
