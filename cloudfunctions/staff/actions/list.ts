// list (admin): everyone who holds a role.
import { listInput } from '../../../contracts/staff/actions'
import type { StaffDoc } from '../../../contracts/staff/roles'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { staffCollection } from '../../_shared/staff-access'
import { toMember } from '../members'

export const list = staffAction({
  roles: ['admin'],
  input: listInput,
  run: async () => {
    const _ = database().command
    const { data } = await staffCollection().where({ roles: _.exists(true) }).orderBy('_id', 'asc').limit(1000).get()
    const items = (data as StaffDoc[]).filter((d) => d.roles.length > 0).map(toMember)
    return ok({ items })
  }
})
