// How a dreamPlan action is declared: the data key is loaded before any user action runs (missing
// or malformed → the handler's INTERNAL reply, never clear text), and any fault leaves the action
// with its message scrubbed, because SDK and database errors may echo what they were sent.
import type { z } from 'zod'
import type { Envelope } from '../../contracts/envelope'
import type { FieldCrypto } from '../_shared/field-crypto'
import { dataCrypto, scrubbed } from '../_shared/dream-plan/data-key'
import { defineAction, type Action, type ActionContext } from '../_shared/handler'

export { DreamPlanFault } from '../_shared/dream-plan/data-key'

/** What a dreamPlan user action gets. */
export interface DreamContext extends ActionContext {
  crypto: FieldCrypto
  /** One clock reading per call, so a call's checks and writes agree on the time. */
  now: Date
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

/**
 * An action anyone may call. It never touches the key or sealed fields; with a signed-in caller's
 * openid ('' for anyone else) it may read that caller's own unsealed rows.
 */
export function publicAction<S extends z.ZodType, R>(def: { input: S; run: (input: z.output<S>, ctx: { now: Date; openid: string }) => Promise<Envelope<R>> }): Action<S, R> {
  return defineAction({
    input: def.input,
    access: 'public',
    run: async (input, { openid }) => {
      try {
        return await def.run(input, { now: new Date(), openid })
      } catch (err) {
        throw scrubbed(err)
      }
    }
  })
}
