// grant (admin): adds a role to someone (a street reviewer's streets are replaced). Recorded in
// the audit log first; the change itself is conditional on the version read, so two admins editing
// one person never lose each other's change silently.
import { grantInput } from '../../../contracts/staff/actions'
import type { StaffDoc } from '../../../contracts/staff/roles'
import { appError } from '../../../contracts/errors'
import { recordAudit } from '../../_shared/audit'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { findStaff, staffCollection } from '../../_shared/staff-access'
import { toMember } from '../members'
import { withRole } from '../roles-change'

export const grant = staffAction({
  roles: ['admin'],
  input: grantInput,
  run: async ({ openid, role, streets, name }, { caller, now }) => {
    await recordAudit(caller, 'grant', { target: openid, detail: { role, streets: streets ?? [] } }, now)
    const at = now.toISOString()
    const existing = await findStaff(openid)
    if (!existing) {
      const doc: StaffDoc = {
        _id: openid,
        name: name ?? openid,
        roles: [role],
        streets: role === 'street_reviewer' ? streets ?? [] : [],
        version: 1,
        updatedBy: caller.openid,
        createdAt: at,
        updatedAt: at
      }
      try {
        await staffCollection().add(doc)
        return ok(toMember(doc))
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
        return appError('CONFLICT', '该工作人员刚被其他管理员修改，请刷新后重试')
      }
    }
    const next = withRole(existing, role, streets)
    const res = (await staffCollection()
      .where({ _id: openid, version: existing.version })
      .update({ roles: next.roles, streets: next.streets, ...(name ? { name } : {}), version: existing.version + 1, updatedBy: caller.openid, updatedAt: at })) as { updated?: number }
    if (!res.updated) return appError('CONFLICT', '该工作人员刚被其他管理员修改，请刷新后重试')
    return ok(toMember({ ...existing, ...next, ...(name ? { name } : {}), updatedAt: at }))
  }
})
