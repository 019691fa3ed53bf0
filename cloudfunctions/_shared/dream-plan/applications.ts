// The `dreamPlanApplications` collection: ids, the unique keys that make "once per person" and
// "one per worker and year" hold under concurrency, sealing the form, and the views the worker gets.
import { createHash } from 'node:crypto'
import {
  APPLICATION_STATUSES,
  type ApplicationDetail,
  type ApplicationForm,
  type ApplicationStatus,
  type ApplicationSummary,
  type TimelineEntry
} from '../../../contracts/dream-plan/application'
import {
  DREAM_PLAN_COLLECTIONS,
  PENDING_NUMBER_PREFIX,
  RELEASED_KEY_PREFIX,
  type ApplicationDoc,
  type StoredBank,
  type StoredPersonal
} from '../../../contracts/dream-plan/documents'
import { maskCardNumber, maskIdNumber, maskMobile } from '../../../contracts/dream-plan/identity-numbers'
import { MATERIAL_KINDS } from '../../../contracts/dream-plan/policy'
import { appError } from '../../../contracts/errors'
import type { Envelope } from '../../../contracts/envelope'
import type { FieldCrypto } from '../field-crypto'
import { database } from '../cloudbase'

/** The collection handle. */
export function applications() {
  return database().collection(DREAM_PLAN_COLLECTIONS.applications)
}

/** The application a submit makes: the same (openid, idempotency key) always names the same one. */
export function applicationIdFor(openid: string, idempotencyKey: string): string {
  return createHash('sha256').update(`submit\n${openid}\n${idempotencyKey}`).digest('hex').slice(0, 32)
}

/** Unique per person: for ever under the once-per-person rule, else per year. */
export function personKeyOf(idNumberHash: string, year: number, oncePerPerson: boolean): string {
  return oncePerPerson ? `once:${idNumberHash}` : `${year}:${idNumberHash}`
}

/** Unique per WeChat user and year. */
export function openKeyOf(openid: string, year: number): string {
  return `${openid}:${year}`
}

/** What a unique key becomes when its application no longer holds it. */
export function releasedKey(id: string): string {
  return `${RELEASED_KEY_PREFIX}${id}`
}

/** Hash domains and sealing fields: one per kind of number, so one never passes for another. */
const F = { idNumber: 'idNumber', mobile: 'mobile', cardNumber: 'cardNumber' } as const

/** The form as stored: numbers sealed, masked and (ID, card) hashed. */
export function sealForm(form: ApplicationForm, crypto: FieldCrypto) {
  const { idNumber, mobile, ...personRest } = form.personal
  const { cardNumber, ...bankRest } = form.bank
  const personal: StoredPersonal = {
    ...personRest,
    idNumberSealed: crypto.seal(idNumber, F.idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    mobileSealed: crypto.seal(mobile, F.mobile),
    mobileMasked: maskMobile(mobile)
  }
  const bank: StoredBank = { ...bankRest, cardNumberSealed: crypto.seal(cardNumber, F.cardNumber), cardNumberMasked: maskCardNumber(cardNumber) }
  return {
    personal,
    work: form.work,
    education: form.education,
    bank,
    materials: form.materials,
    idNumberHash: crypto.keyedHash(idNumber, F.idNumber),
    cardNumberHash: crypto.keyedHash(cardNumber, F.cardNumber)
  }
}

/** One sealed number of a stored application, opened (staff revealing it, finance's export). */
export function openNumber(doc: ApplicationDoc, field: keyof typeof F, crypto: FieldCrypto): string {
  const sealed = field === 'cardNumber' ? doc.bank.cardNumberSealed : field === 'idNumber' ? doc.personal.idNumberSealed : doc.personal.mobileSealed
  return crypto.open(sealed, F[field])
}

/** The stored form, opened: for the owner amending it. */
export function openForm(doc: ApplicationDoc, crypto: FieldCrypto): ApplicationForm {
  const { idNumberSealed, idNumberMasked, mobileSealed, mobileMasked, ...personRest } = doc.personal
  const { cardNumberSealed, cardNumberMasked, ...bankRest } = doc.bank
  return {
    personal: { ...personRest, idNumber: openNumber(doc, 'idNumber', crypto), mobile: openNumber(doc, 'mobile', crypto) },
    work: doc.work,
    education: doc.education,
    bank: { ...bankRest, cardNumber: openNumber(doc, 'cardNumber', crypto) },
    materials: doc.materials
  }
}

/** The caller's application, or null for a missing one and for anyone else's alike. */
export async function findOwnApplication(id: string, openid: string): Promise<ApplicationDoc | null> {
  const { data } = await applications().where({ _id: id, openid }).limit(1).get()
  return (data[0] as ApplicationDoc | undefined) ?? null
}

/** True when some application holds this unique key. */
export async function keyTaken(field: 'openKey' | 'personKey', value: string): Promise<boolean> {
  const { data } = await applications().where({ [field]: value }).field({ _id: true }).limit(1).get()
  return data.length > 0
}

/** Whether the person already has an application that counts under the once-per-person rule
 * (anything but withdrawn), other than `except`. Guards a change of rule between years; within
 * a rule the unique `personKey` is what holds under concurrency. */
export async function appliedBefore(idNumberHash: string, except?: string): Promise<boolean> {
  const _ = database().command
  const { data } = await applications()
    .where({ idNumberHash, status: _.neq('withdrawn') })
    .field({ _id: true })
    .limit(2)
    .get()
  return data.some((d: { _id: string }) => d._id !== except)
}

/** ALREADY_APPLIED, worded for what collided. */
export function alreadyApplied(which: 'thisYear' | 'person', oncePerPerson: boolean): Envelope<never> {
  if (which === 'thisYear') return appError('ALREADY_APPLIED', '您本年度已提交过圆梦计划申请，可在「我的申请」中查看')
  const message = oncePerPerson ? '该身份证号已提交过圆梦计划申请，每人只能申请一次' : '该身份证号本年度已提交过圆梦计划申请'
  return appError('ALREADY_APPLIED', message, { 'personal.idNumber': message })
}

/** WRONG_STATE, saying what the application is now. */
export function wrongState(status: ApplicationStatus): Envelope<never> {
  return appError('WRONG_STATE', `申请当前为「${APPLICATION_STATUSES[status]}」，不能进行此操作`)
}

/** After a conditional update matched nothing: the status moved on (WRONG_STATE) or only the version did (CONFLICT). */
export async function lostRace(id: string, openid: string, expected: ApplicationStatus): Promise<Envelope<never>> {
  const now = await findOwnApplication(id, openid)
  if (!now) return appError('APPLICATION_NOT_FOUND')
  return now.status !== expected ? wrongState(now.status) : appError('CONFLICT')
}

/** A row of 我的申请. */
export function toSummary(doc: ApplicationDoc, now: Date): ApplicationSummary {
  const t = now.getTime()
  const inPublicity =
    doc.status === 'approved' && doc.publicity ? Date.parse(doc.publicity.startsAt) <= t && t < Date.parse(doc.publicity.endsAt) : undefined
  return {
    id: doc._id,
    applicationNo: doc.applicationNo.startsWith(PENDING_NUMBER_PREFIX) ? '' : doc.applicationNo,
    year: doc.year,
    status: doc.status,
    ...(doc.stage ? { stage: doc.stage } : {}),
    ...(inPublicity !== undefined ? { inPublicity } : {}),
    school: doc.education.school,
    level: doc.education.level,
    amount: doc.amount,
    submittedAt: doc.submittedAt,
    updatedAt: doc.updatedAt
  }
}

/** The application's page; `urls` maps fileIDs to temporary URLs. Staff identities stay out. */
export function toDetail(doc: ApplicationDoc, urls: Map<string, string>, now: Date): ApplicationDetail {
  const { idNumberSealed, mobileSealed, ...personal } = doc.personal
  const { cardNumberSealed, ...bank } = doc.bank
  const timeline: TimelineEntry[] = doc.history.map((h) => ({
    at: h.at,
    status: h.to,
    ...(h.stage ? { stage: h.stage } : {}),
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.note ? { note: h.note } : {})
  }))
  const reviewReason =
    doc.status === 'returned' || doc.status === 'rejected' ? [...doc.history].reverse().find((h) => h.to === doc.status)?.reason : undefined
  return {
    ...toSummary(doc, now),
    personal,
    work: doc.work,
    education: doc.education,
    bank,
    materials: MATERIAL_KINDS.map((kind) => ({ kind, ...doc.materials[kind], url: urls.get(doc.materials[kind].fileID) ?? '' })),
    timeline,
    ...(reviewReason ? { reviewReason } : {}),
    canWithdraw: doc.status === 'submitted',
    canResubmit: doc.status === 'returned',
    version: doc.version
  }
}
