// me: the caller's roles and streets; a worker is simply not staff.
import { meInput } from '../../../contracts/staff/actions'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'

export const me = staffAction({
  roles: [],
  input: meInput,
  run: async (_input, { caller }) =>
    ok({
      openid: caller.openid,
      isStaff: caller.roles.length > 0,
      ...(caller.roles.length ? { name: caller.name } : {}),
      roles: caller.roles,
      streets: caller.streets
    })
})
