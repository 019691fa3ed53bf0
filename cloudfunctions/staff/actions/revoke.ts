// revoke (admin): takes a role away. The last admin cannot revoke their own admin role, or the
// union would be left with nobody who can grant roles (a new one would need the command line).
import { revokeInput } from '../../../contracts/staff/actions'
import { appError } from '../../../contracts/errors'
import { recordAudit } from '../../_shared/audit'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { findStaff, staffCollection } from '../../_shared/staff-access'
import { toMember } from '../members'
import { withoutRole } from '../roles-change'

export const LAST_ADMIN_MESSAGE = '您是最后一位管理员，不能撤销自己的管理员角色；请先授予另一位管理员'

export const revoke = staffAction({
  roles: ['admin'],
  input: revokeInput,
  run: async ({ openid, role }, { caller, now }) => {
    const existing = await findStaff(openid)
    if (!existing) return appError('STAFF_NOT_FOUND')
    if (role === 'admin' && openid === caller.openid) {
      const { total } = (await staffCollection().where({ roles: 'admin' }).count()) as { total: number }
      if (total <= 1) return appError('CONFLICT', LAST_ADMIN_MESSAGE)
    }
    if (!existing.roles.includes(role)) return ok(existing.roles.length ? toMember(existing) : null)
    await recordAudit(caller, 'revoke', { target: openid, detail: { role } }, now)
    const next = withoutRole(existing, role)
    const at = now.toISOString()
    const res = (await staffCollection()
      .where({ _id: openid, version: existing.version })
      .update({ roles: next.roles, streets: next.streets, version: existing.version + 1, updatedBy: caller.openid, updatedAt: at })) as { updated?: number }
    if (!res.updated) return appError('CONFLICT', '该工作人员刚被其他管理员修改，请刷新后重试')
    return ok(next.roles.length ? toMember({ ...existing, ...next, updatedAt: at }) : null)
  }
})
