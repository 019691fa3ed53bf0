// Shared by the staff-side tests (dreamPlanReview, staff): staff records written straight to the
// `staff` collection (the tests' stand-in for `npm run staff -- grant`), calls through the gateway,
// applications submitted through the real dreamPlan flow in a chosen street, and moving them to any
// state through the real decide / publish / pay actions.
import { randomBytes } from 'node:crypto'
import type { ApplicationForm, ApplicationStatus, ReviewStage } from '../../../contracts/dream-plan/application'
import { DREAM_PLAN_COLLECTIONS, type ApplicationDoc } from '../../../contracts/dream-plan/documents'
import type { Decision, DreamPlanReviewActions } from '../../../contracts/dream-plan/review'
import type { Envelope } from '../../../contracts/envelope'
import type { Street } from '../../../contracts/services/catalog'
import type { StaffActions } from '../../../contracts/staff/actions'
import { STAFF_COLLECTIONS, type AuditDoc, type StaffRole } from '../../../contracts/staff/roles'
import type { TestCloudbase } from '../../helpers/local-cloudbase'
import { apply, callDreamPlan, data, makeForm, makeOpenid, makeWork } from '../dream-plan/dream-plan-kit'

/** The street the tests' applications belong to, and a street whose reviewer must not see them. */
export const STREET: Street = '福田'
export const OTHER_STREET: Street = '园岭'

export const CONFLICT_MESSAGE = '该申请已被其他工作人员处理，请刷新后查看'

/** Writes (or replaces) a staff record, as `npm run staff -- grant` would leave it. */
export async function putStaff(cb: TestCloudbase, openid: string, roles: StaffRole[], streets: Street[] = [], name = `测试人员 ${openid.slice(-6)}`): Promise<string> {
  const at = new Date().toISOString()
  await cb.sdk.database().collection(STAFF_COLLECTIONS.staff).doc(openid).set({ name, roles, streets, version: 1, updatedBy: 'test', createdAt: at, updatedAt: at })
  return openid
}

/** One member of staff per role (two street reviewers of STREET, one of OTHER_STREET, two district reviewers). */
export interface Crew {
  worker: string
  street: string
  street2: string
  otherStreet: string
  district: string
  district2: string
  finance: string
  admin: string
}

export async function makeCrew(cb: TestCloudbase): Promise<Crew> {
  const crew: Crew = {
    worker: makeOpenid('worker'),
    street: makeOpenid('street'),
    street2: makeOpenid('street2'),
    otherStreet: makeOpenid('other-street'),
    district: makeOpenid('district'),
    district2: makeOpenid('district2'),
    finance: makeOpenid('finance'),
    admin: makeOpenid('admin')
  }
  await putStaff(cb, crew.street, ['street_reviewer'], [STREET])
  await putStaff(cb, crew.street2, ['street_reviewer'], [STREET, '莲花'])
  await putStaff(cb, crew.otherStreet, ['street_reviewer'], [OTHER_STREET])
  await putStaff(cb, crew.district, ['district_reviewer'])
  await putStaff(cb, crew.district2, ['district_reviewer'])
  await putStaff(cb, crew.finance, ['finance'])
  await putStaff(cb, crew.admin, ['admin'])
  return crew
}

type ReviewInput<A extends keyof DreamPlanReviewActions> = DreamPlanReviewActions[A]['input'] | Record<string, unknown>
export type Reply<T> = { status: number; body: Envelope<T> }

/** Calls one action of `dreamPlanReview` as `openid` (anonymous when omitted). */
export function callReview<A extends keyof DreamPlanReviewActions>(cb: TestCloudbase, action: A, input: ReviewInput<A>, openid?: string): Promise<Reply<DreamPlanReviewActions[A]['result']>> {
  return cb.call<DreamPlanReviewActions[A]['result']>('dreamPlanReview', { action, ...input }, openid)
}

/** Calls one action of `staff` as `openid`. */
export function callStaff<A extends keyof StaffActions>(cb: TestCloudbase, action: A, input: StaffActions[A]['input'] | Record<string, unknown>, openid?: string): Promise<Reply<StaffActions[A]['result']>> {
  return cb.call<StaffActions[A]['result']>('staff', { action, ...input }, openid)
}

/** 'ok' or the error code of a reply. */
export function codeOf(res: { body: { ok: boolean } }): string {
  return res.body.ok ? 'ok' : (res.body as unknown as { error: { code: string } }).error.code
}
export function messageOf(res: { body: { ok: boolean } }): string {
  return res.body.ok ? '' : (res.body as unknown as { error: { message: string } }).error.message
}

/** An application submitted through the real flow by a fresh worker, its employer in `street`. */
export interface Submitted {
  id: string
  openid: string
  form: ApplicationForm
  applicationNo: string
}

export async function applyIn(cb: TestCloudbase, street: Street = STREET, openid = makeOpenid('worker')): Promise<Submitted> {
  const form = await makeForm(cb, openid)
  form.work = makeWork({ street })
  const app = await apply(cb, openid, form)
  return { id: app.id, openid, form, applicationNo: app.applicationNo }
}

/** The stored application, through the SDK. */
export async function stored(cb: TestCloudbase, id: string): Promise<ApplicationDoc> {
  const { data: docs } = await cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.applications).doc(id).get()
  return docs[0] as ApplicationDoc
}

/** Decides with the version stored now; returns the reply. */
export async function decideNow(cb: TestCloudbase, openid: string, id: string, decision: Decision, reason?: string) {
  const { version } = await stored(cb, id)
  return callReview(cb, 'decide', { id, version, decision, ...(reason ? { reason } : decision === 'return' || decision === 'reject' ? { reason: '材料不全，请补充' } : {}) }, openid)
}

/** The states a test can ask for, as `status` or `status:stage`. */
export type StateKey =
  | 'submitted'
  | 'in_review:street'
  | 'in_review:district'
  | 'approved'
  | 'published'
  | 'publicityOver'
  | 'paid'
  | 'returned:street'
  | 'returned:district'
  | 'rejected'
  | 'withdrawn'

export function statusOfKey(key: StateKey): { status: ApplicationStatus; stage?: ReviewStage } {
  if (key === 'published' || key === 'publicityOver') return { status: 'approved' }
  const [status, stage] = key.split(':') as [ApplicationStatus, ReviewStage | undefined]
  return stage ? { status, stage } : { status }
}

/** Moves a submitted application to `key` through the real actions, as `crew`'s staff. */
export async function reach(cb: TestCloudbase, crew: Crew, app: Submitted, key: StateKey): Promise<void> {
  const step = async (who: string, decision: Decision, reason?: string) => data(await decideNow(cb, who, app.id, decision, reason))
  switch (key) {
    case 'submitted':
      return
    case 'withdrawn':
      data(await callDreamPlan(cb, 'withdraw', { id: app.id }, app.openid))
      return
    case 'in_review:street':
      await step(crew.street, 'accept')
      return
    case 'returned:street':
      await step(crew.street, 'accept')
      await step(crew.street, 'return', '入学证明不清晰，请重新上传')
      return
    case 'rejected':
      await step(crew.street, 'accept')
      await step(crew.street, 'reject', '不符合申请条件')
      return
    case 'in_review:district':
      await step(crew.street, 'accept')
      await step(crew.street, 'pass')
      return
    case 'returned:district':
      await reach(cb, crew, app, 'in_review:district')
      await step(crew.district, 'return', '学费凭证金额不清，请补充')
      return
    case 'approved':
      await reach(cb, crew, app, 'in_review:district')
      await step(crew.district, 'pass')
      return
    case 'published':
      await reach(cb, crew, app, 'approved')
      data(await callReview(cb, 'publish', { ids: [app.id] }, crew.district))
      return
    case 'publicityOver':
      await reach(cb, crew, app, 'published')
      await endPublicity(cb, [app.id])
      return
    case 'paid':
      await reach(cb, crew, app, 'publicityOver')
      data(await callReview(cb, 'pay', { ids: [app.id], batchNo: newBatchNo(), paidAt: '2026-06-30' }, crew.finance))
      return
  }
}

export const newBatchNo = () => `B-${randomBytes(5).toString('hex')}`

/** Moves the 公示 period of published applications into the past (the tests' clock). */
export async function endPublicity(cb: TestCloudbase, ids: string[]): Promise<void> {
  const db = cb.sdk.database()
  const _ = db.command
  const DAY = 86_400_000
  for (const id of ids) {
    const doc = await stored(cb, id)
    if (!doc.publicity) throw new Error(`${id} is not published`)
    const publicity = { ...doc.publicity, startsAt: new Date(Date.now() - 6 * DAY).toISOString(), endsAt: new Date(Date.now() - DAY).toISOString() }
    await db.collection(DREAM_PLAN_COLLECTIONS.applications).doc(id).update({ publicity: _.set(publicity) })
  }
}

/** Every auditLog document, oldest first. */
export async function auditLog(cb: TestCloudbase): Promise<AuditDoc[]> {
  const { data: docs } = await cb.sdk.database().collection(STAFF_COLLECTIONS.audit).limit(1000).get()
  return ([...docs] as AuditDoc[]).sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id))
}

/** Runs `fn` over `items` with at most `n` at once. */
export async function inBatches<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i], i)
    })
  )
  return out
}

export { FIRST_DAY, storedApplication } from '../../../database/seed/dream-plan/stored-applications'
