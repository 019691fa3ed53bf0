// revoke (admin): takes a role away. The union must never be left without an admin (a new one
// would need the command line). One transaction reads the record and, for the admin role, the
// other admins; refuses when none would remain; and writes the record, the audit entry and a mark
// on every admin it counted. Two revocations that counted each other so write the same documents:
// CloudBase fails the later one with a conflict and runTransaction reruns it on fresh data, where
// it sees the first one's result — so at least one admin remains, whatever the interleaving, with
// nothing written and undone.
// https://docs.cloudbase.net/database/transaction (single-document operations only)
import { revokeInput } from '../../../contracts/staff/actions'
import { STAFF_COLLECTIONS, type StaffDoc, type StaffMember } from '../../../contracts/staff/roles'
import { appError } from '../../../contracts/errors'
import { auditDoc, recordAuditIn } from '../../_shared/audit'
import { database, type Transaction } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { staffCollection } from '../../_shared/staff-access'
import { toMember } from '../members'
import { withoutRole } from '../roles-change'

export const LAST_ADMIN_MESSAGE = '您是最后一位管理员，不能撤销自己的管理员角色；请先授予另一位管理员'
const LAST_ADMIN_OTHER = '撤销后将没有管理员，请先授予另一位管理员'
const BUSY = '该工作人员刚被其他管理员修改，请刷新后重试'

type Outcome = { refused: 'STAFF_NOT_FOUND' | 'LAST_ADMIN' } | { member: StaffMember | null }

// The other admins as the transaction's snapshot has them. Who to read comes from a plain query
// (a transaction cannot query); the snapshot decides who still counts.
async function otherAdmins(tx: Transaction, openid: string): Promise<string[]> {
  const { data } = await staffCollection().where({ roles: 'admin' }).field({ _id: true }).limit(1000).get()
  const others: string[] = []
  for (const { _id } of data as { _id: string }[]) {
    if (_id === openid) continue
    const doc = (await tx.collection(STAFF_COLLECTIONS.staff).doc(_id).get()).data as StaffDoc | null
    if (doc?.roles.includes('admin')) others.push(_id)
  }
  return others
}

export const revoke = staffAction({
  roles: ['admin'],
  input: revokeInput,
  run: async ({ openid, role }, { caller, now }) => {
    const _ = database().command
    const at = now.toISOString()
    let outcome: Outcome
    try {
      outcome = await database().runTransaction(async (tx: Transaction): Promise<Outcome> => {
        const staff = tx.collection(STAFF_COLLECTIONS.staff)
        const existing = (await staff.doc(openid).get()).data as StaffDoc | null
        if (!existing) return { refused: 'STAFF_NOT_FOUND' }
        if (!existing.roles.includes(role)) return { member: existing.roles.length ? toMember(existing) : null }
        if (role === 'admin') {
          const others = await otherAdmins(tx, openid)
          if (others.length === 0) return { refused: 'LAST_ADMIN' }
          for (const other of others) await staff.doc(other).update({ adminCheck: _.inc(1) })
        }
        const next = withoutRole(existing, role)
        await staff.doc(openid).update({ roles: next.roles, streets: next.streets, version: existing.version + 1, updatedBy: caller.openid, updatedAt: at })
        await recordAuditIn(tx, auditDoc(caller, 'revoke', { target: openid, detail: { role } }, now))
        return { member: next.roles.length ? toMember({ ...existing, ...next, updatedAt: at }) : null }
      }, 5)
    } catch (err) {
      if ((err as { code?: string }).code === 'DATABASE_TRANSACTION_CONFLICT') return appError('CONFLICT', BUSY)
      throw err
    }
    if ('member' in outcome) return ok(outcome.member)
    if (outcome.refused === 'STAFF_NOT_FOUND') return appError('STAFF_NOT_FOUND')
    return appError('CONFLICT', openid === caller.openid ? LAST_ADMIN_MESSAGE : LAST_ADMIN_OTHER)
  }
})
