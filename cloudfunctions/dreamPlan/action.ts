// How a dreamPlan action is declared: the data key is loaded before any user action runs (missing
// or malformed → the handler's INTERNAL reply, never clear text), and any fault leaves the action
// with its message scrubbed, because SDK and database errors may echo what they were sent.
import type { z } from 'zod'
import type { Envelope } from '../../contracts/envelope'
import { DataKeyError, fieldCrypto, parseSecret, SealError, type FieldCrypto } from '../_shared/field-crypto'
import { defineAction, type Action, type ActionContext } from '../_shared/handler'

/** The function variable holding the base64 32-byte secret (cloudbaserc.json `envVariables`). */
export const DATA_KEY_VARIABLE = 'DREAM_PLAN_DATA_KEY'

/** What a dreamPlan user action gets. */
export interface DreamContext extends ActionContext {
  crypto: FieldCrypto
  /** One clock reading per call, so a call's checks and writes agree on the time. */
  now: Date
}

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

/** An action for signed-in workers (401 without an openid), with the data key at hand. */
export function userAction<S extends z.ZodType, R>(def: {
  input: S
  run: (input: z.output<S>, ctx: DreamContext) => Promise<Envelope<R>>
}): Action<S, R> {
  return defineAction({
    input: def.input,
    access: 'user',
    run: async (input, ctx) => {
      try {
        return await def.run(input, { ...ctx, crypto: dataCrypto(), now: new Date() })
      } catch (err) {
        throw scrubbed(err)
      }
    }
  })
}

/** An action anyone may call; it never touches personal data or the key. */
export function publicAction<S extends z.ZodType, R>(def: { input: S; run: (input: z.output<S>, ctx: { now: Date }) => Promise<Envelope<R>> }): Action<S, R> {
  return defineAction({
    input: def.input,
    access: 'public',
    run: async (input) => {
      try {
        return await def.run(input, { now: new Date() })
      } catch (err) {
        throw scrubbed(err)
      }
    }
  })
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
