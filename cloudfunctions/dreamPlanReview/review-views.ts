// Applications as staff see them: names in full (they review people), numbers masked, the whole
// history with who did each step, and what the caller may do next.
import type { ApplicationDoc, HistoryEntry } from '../../contracts/dream-plan/documents'
import type { Decision, ReviewActor, ReviewDetail, ReviewRow, RevealableField } from '../../contracts/dream-plan/review'
import { MATERIAL_KINDS } from '../../contracts/dream-plan/policy'
import type { StaffRole } from '../../contracts/staff/roles'
import { PENDING_NUMBER_PREFIX } from '../../contracts/dream-plan/documents'
import { database } from '../_shared/cloudbase'
import { materialUrls } from '../_shared/dream-plan/materials'
import { hasRole, staffCollection, type StaffCaller } from '../_shared/staff-access'
import { decisionsAt, DECIDER, levelOf } from './transitions'

export function toRow(doc: ApplicationDoc): ReviewRow {
  return {
    id: doc._id,
    applicationNo: doc.applicationNo.startsWith(PENDING_NUMBER_PREFIX) ? '' : doc.applicationNo,
    year: doc.year,
    name: doc.personal.name,
    idNumberMasked: doc.personal.idNumberMasked,
    employer: doc.work.employer,
    street: doc.work.street,
    school: doc.education.school,
    level: doc.education.level,
    amount: doc.amount,
    status: doc.status,
    ...(doc.stage ? { stage: doc.stage } : {}),
    ...(doc.publicity?.articleId ? { publicity: { startsAt: doc.publicity.startsAt, endsAt: doc.publicity.endsAt, articleId: doc.publicity.articleId } } : {}),
    ...(doc.payment ? { payment: doc.payment } : {}),
    submittedAt: doc.submittedAt,
    updatedAt: doc.updatedAt,
    version: doc.version
  }
}

/** The decisions the caller may take on `doc` now. */
export function decisionsFor(doc: ApplicationDoc, caller: StaffCaller): Decision[] {
  const level = levelOf(doc)
  if (!level || !hasRole(caller, DECIDER[level])) return []
  if (level === 'street' && !caller.streets.includes(doc.work.street)) return []
  return decisionsAt(doc.status, level)
}

/** Which full numbers the caller may reveal: reviewers the ID and mobile, finance the card too. */
export function revealableFor(caller: StaffCaller): RevealableField[] {
  if (hasRole(caller, 'finance')) return ['idNumber', 'mobile', 'cardNumber']
  return hasRole(caller, 'street_reviewer', 'district_reviewer') ? ['idNumber', 'mobile'] : []
}

function actorOf(entry: HistoryEntry, names: Map<string, string>): ReviewActor {
  if (entry.by === 'applicant') return { kind: 'applicant' }
  const name = names.get(entry.by.staffId)
  return { kind: 'staff', role: entry.by.role as StaffRole, staffId: entry.by.staffId, ...(name ? { name } : {}) }
}

async function staffNames(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const _ = database().command
  const { data } = await staffCollection().where({ _id: _.in(ids) }).field({ name: true }).limit(ids.length).get()
  return new Map((data as { _id: string; name: string }[]).map((d) => [d._id, d.name]))
}

export async function toReviewDetail(doc: ApplicationDoc, caller: StaffCaller): Promise<ReviewDetail> {
  const staffIds = [...new Set(doc.history.flatMap((h) => (h.by === 'applicant' ? [] : [h.by.staffId])))]
  const [urls, names] = await Promise.all([materialUrls(doc.materials), staffNames(staffIds)])
  const { idNumberSealed, mobileSealed, ...personal } = doc.personal
  const { bankName, accountHolder, cardNumberMasked } = doc.bank
  return {
    ...toRow(doc),
    personal,
    work: doc.work,
    education: doc.education,
    bank: { bankName, accountHolder, cardNumberMasked },
    materials: MATERIAL_KINDS.map((kind) => ({ kind, ...doc.materials[kind], url: urls.get(doc.materials[kind].fileID) ?? '' })),
    history: doc.history.map((h) => ({
      at: h.at,
      from: h.from,
      to: h.to,
      ...(h.stage ? { stage: h.stage } : {}),
      by: actorOf(h, names),
      ...(h.reason ? { reason: h.reason } : {}),
      ...(h.note ? { note: h.note } : {})
    })),
    decisions: decisionsFor(doc, caller),
    revealable: revealableFor(caller)
  }
}
