// pay (finance): marks a batch of approved applications whose 公示 is over as 已发放. The batch is
// recorded under its number first; the same batch again changes nothing, and a number already used
// for other applications is refused. A retry after a crash finishes the batch it recorded.
import { payInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { DREAM_PLAN_COLLECTIONS, type ApplicationDoc, type HistoryEntry, type PayBatchDoc } from '../../../contracts/dream-plan/documents'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { isDuplicateKey } from '../../_shared/db-errors'
import { applications } from '../../_shared/dream-plan/applications'
import { statusChangeUpdate } from '../../_shared/dream-plan/status-change'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { loadAll } from '../batch'
import { notAllowedIn } from '../conflicts'

function sameBatch(batch: PayBatchDoc, ids: string[], paidAt: string): boolean {
  const a = [...batch.ids].sort()
  const b = [...ids].sort()
  return batch.paidAt === paidAt && a.length === b.length && a.every((id, i) => id === b[i])
}

/** Why `doc` cannot be paid in `batchNo` now, or null. */
function unpayable(doc: ApplicationDoc, batchNo: string, now: Date) {
  if (doc.status === 'paid') return doc.payment?.batchNo === batchNo ? null : appError('WRONG_STATE', `申请 ${doc.applicationNo} 已在批次 ${doc.payment?.batchNo ?? ''} 中发放`)
  if (doc.status !== 'approved') return notAllowedIn(doc.status, '发放', doc.applicationNo)
  if (!doc.publicity) return appError('WRONG_STATE', `申请 ${doc.applicationNo} 尚未公示，公示期满后才能发放`)
  if (Date.parse(doc.publicity.endsAt) > now.getTime()) return appError('WRONG_STATE', `申请 ${doc.applicationNo} 仍在公示期内，公示期满后才能发放`)
  return null
}

export const pay = staffAction({
  roles: REVIEW_ACTION_ROLES.pay,
  input: payInput,
  run: async ({ ids, batchNo, paidAt }, { caller, now }) => {
    const batches = database().collection(DREAM_PLAN_COLLECTIONS.payBatches)
    const reused = () => appError('CONFLICT', `批次号 ${batchNo} 已用于另一批申请，请换一个批次号`)
    const existing = (await batches.where({ _id: batchNo }).limit(1).get()).data[0] as PayBatchDoc | undefined
    if (existing && !sameBatch(existing, ids, paidAt)) return reused()

    const loaded = await loadAll(ids)
    if ('error' in loaded) return loaded.error
    const { docs } = loaded
    for (const d of docs) {
      const refusal = unpayable(d, batchNo, now)
      if (refusal) return refusal
    }
    const amount = docs.reduce((sum, d) => sum + d.amount, 0)
    if (!existing) {
      const batch: PayBatchDoc = { _id: batchNo, ids, paidAt, amount, createdBy: caller.openid, createdAt: now.toISOString() }
      try {
        await batches.add(batch)
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
        // Another call recorded this number first: the same batch is fine, another is not.
        const theirs = (await batches.where({ _id: batchNo }).limit(1).get()).data[0] as PayBatchDoc
        if (!sameBatch(theirs, ids, paidAt)) return reused()
      }
    }

    let paid = 0
    for (const d of docs) {
      if (d.status === 'paid') continue
      const entry: HistoryEntry = { at: now.toISOString(), from: 'approved', to: 'paid', by: { role: 'finance', staffId: caller.openid }, note: `发放批次 ${batchNo}，发放日期 ${paidAt}` }
      const res = (await applications()
        .where({ _id: d._id, status: 'approved', version: d.version })
        .update(statusChangeUpdate(d._id, d.history.length, entry, { payment: { batchNo, paidAt } }))) as { updated?: number }
      paid += res.updated ? 1 : 0
    }
    return ok({ batchNo, paidAt, paid, alreadyPaid: docs.length - paid, amount })
  }
})
