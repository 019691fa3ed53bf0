// How a staff-side action is declared: the caller's roles are read before it runs, `allow` decides
// (FORBIDDEN with who may do it otherwise), and faults are scrubbed like the worker's (the data
// they touch is personal).
import type { z } from 'zod'
import type { Envelope } from '../../contracts/envelope'
import type { StaffRole } from '../../contracts/staff/roles'
import { scrubbed } from './dream-plan/data-key'
import { defineAction, type Action } from './handler'
import { forbiddenFor, hasRole, staffCaller, type StaffCaller } from './staff-access'

export interface StaffContext {
  caller: StaffCaller
  /** One clock reading per call. */
  now: Date
}

/** A signed-in action open to the given roles (none listed: any signed-in caller). */
export function staffAction<S extends z.ZodType, R>(def: {
  roles: readonly StaffRole[]
  input: S
  run: (input: z.output<S>, ctx: StaffContext) => Promise<Envelope<R>>
}): Action<S, R> {
  return defineAction({
    input: def.input,
    access: 'user',
    run: async (input, { openid }) => {
      try {
        const caller = await staffCaller(openid)
        if (def.roles.length && !hasRole(caller, ...def.roles)) return forbiddenFor(...def.roles)
        return await def.run(input, { caller, now: new Date() })
      } catch (err) {
        throw scrubbed(err)
      }
    }
  })
}
