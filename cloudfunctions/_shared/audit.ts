// The audit log (`auditLog`): one record per reveal of a full number, export, grant and
// revocation, written before the act it records is answered. Records are only ever added: no
// function updates or removes them (a test checks every function's source for it).
import { randomUUID } from 'node:crypto'
import { STAFF_COLLECTIONS, type AuditAction, type AuditDoc } from '../../contracts/staff/roles'
import { database } from './cloudbase'
import type { StaffCaller } from './staff-access'

/** What one audit record says (for writing it inside a transaction with the change it records). */
export function auditDoc(
  caller: StaffCaller,
  action: AuditAction,
  fields: { target?: string; reason?: string; detail: Record<string, unknown> },
  now: Date
): AuditDoc {
  return {
    _id: randomUUID(),
    at: now.toISOString(),
    action,
    actor: { openid: caller.openid, roles: caller.roles },
    ...(fields.target ? { target: fields.target } : {}),
    ...(fields.reason ? { reason: fields.reason } : {}),
    detail: fields.detail
  }
}

export async function recordAudit(
  caller: StaffCaller,
  action: AuditAction,
  fields: { target?: string; reason?: string; detail: Record<string, unknown> },
  now: Date
): Promise<string> {
  const doc = auditDoc(caller, action, fields, now)
  await database().collection(STAFF_COLLECTIONS.audit).add(doc)
  return doc._id
}

/** Reads audit records (newest first) for the operation-log pages; reading is the only other use. */
export async function readAudit(where: object, limit: number): Promise<AuditDoc[]> {
  const res = await database().collection(STAFF_COLLECTIONS.audit).where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit).get()
  return res.data as AuditDoc[]
}

/** The part of a transaction the audit log needs: adding one record (never updating or removing). */
interface AddsDocuments {
  collection(name: string): { add(doc: object): Promise<unknown> }
}

/** Appends an audit record inside a transaction, so it lands with the change it records or not at all. */
export async function recordAuditIn(tx: AddsDocuments, doc: AuditDoc): Promise<void> {
  await tx.collection(STAFF_COLLECTIONS.audit).add(doc)
}
