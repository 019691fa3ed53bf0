// revoke (admin): takes a role away. The union must never be left without an admin (a new one
// would need the command line): the last admin cannot revoke their own admin role, and when admin
// roles are revoked at the same moment (two admins revoking themselves or each other), each
// revocation counts the admins left after its own write and undoes itself if none are — so at
// least one admin always remains, whatever the interleaving.
import { revokeInput } from '../../../contracts/staff/actions'
import { appError } from '../../../contracts/errors'
import { recordAudit } from '../../_shared/audit'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { findStaff, staffCollection } from '../../_shared/staff-access'
import { toMember } from '../members'
import { withoutRole } from '../roles-change'

export const LAST_ADMIN_MESSAGE = '您是最后一位管理员，不能撤销自己的管理员角色；请先授予另一位管理员'
const LAST_ADMIN_OTHER = '撤销后将没有管理员，请先授予另一位管理员'

async function adminCount(): Promise<number> {
  const { total } = (await staffCollection().where({ roles: 'admin' }).count()) as { total: number }
  return total
}

export const revoke = staffAction({
  roles: ['admin'],
  input: revokeInput,
  run: async ({ openid, role }, { caller, now }) => {
    const existing = await findStaff(openid)
    if (!existing) return appError('STAFF_NOT_FOUND')
    if (role === 'admin' && openid === caller.openid && (await adminCount()) <= 1) return appError('CONFLICT', LAST_ADMIN_MESSAGE)
    if (!existing.roles.includes(role)) return ok(existing.roles.length ? toMember(existing) : null)
    await recordAudit(caller, 'revoke', { target: openid, detail: { role } }, now)
    const next = withoutRole(existing, role)
    const at = now.toISOString()
    const res = (await staffCollection()
      .where({ _id: openid, version: existing.version })
      .update({ roles: next.roles, streets: next.streets, version: existing.version + 1, updatedBy: caller.openid, updatedAt: at })) as { updated?: number }
    if (!res.updated) return appError('CONFLICT', '该工作人员刚被其他管理员修改，请刷新后重试')
    if (role === 'admin' && (await adminCount()) === 0) {
      // Another revocation ran at the same time and this one would leave nobody: undo it.
      const _ = database().command
      await staffCollection().where({ _id: openid }).update({ roles: _.addToSet('admin'), version: _.inc(1), updatedAt: new Date().toISOString() })
      await recordAudit(caller, 'grant', { target: openid, detail: { role, undone: 'revocation would have left no admin' } }, new Date())
      return appError('CONFLICT', openid === caller.openid ? LAST_ADMIN_MESSAGE : LAST_ADMIN_OTHER)
    }
    return ok(next.roles.length ? toMember({ ...existing, ...next, updatedAt: at }) : null)
  }
})
