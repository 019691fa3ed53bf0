// Shared by the dreamPlan tests: the sample-data generators (database/seed/dream-plan/sample-forms),
// calls through the gateway, and pictures of every 圆梦计划 collection read through the SDK.
import { randomUUID } from 'node:crypto'
import type { DreamPlanActions } from '../../../contracts/dream-plan/actions'
import type { ApplicationForm, ApplicationStatus } from '../../../contracts/dream-plan/application'
import { DREAM_PLAN_COLLECTIONS, type HistoryEntry } from '../../../contracts/dream-plan/documents'
import type { Envelope } from '../../../contracts/envelope'
import type { TestCloudbase } from '../../helpers/local-cloudbase'
import { fillDraft, makeForm } from '../../../database/seed/dream-plan/sample-forms'

export * from '../../../database/seed/dream-plan/sample-forms'

type Input<A extends keyof DreamPlanActions> = DreamPlanActions[A]['input'] | Record<string, unknown>

/** Calls one action of `dreamPlan` as `openid` (anonymous when omitted). */
export function callDreamPlan<A extends keyof DreamPlanActions>(cb: TestCloudbase, action: A, input: Input<A>, openid?: string): Promise<{ status: number; body: Envelope<DreamPlanActions[A]['result']> }> {
  return cb.call<DreamPlanActions[A]['result']>('dreamPlan', { action, ...input }, openid)
}

/** The data of a successful reply; fails the test with the error otherwise. */
export function data<T>(res: { status: number; body: Envelope<T> }): T {
  if (!res.body.ok) throw new Error(`expected ok, got ${res.status} ${JSON.stringify(res.body.error)}`)
  return res.body.data
}

/** A new idempotency key. */
export const newKey = () => randomUUID()

/** Fills a draft and submits it; returns the application. */
export async function apply(cb: TestCloudbase, openid: string, form?: ApplicationForm) {
  await fillDraft(cb, openid, form ?? (await makeForm(cb, openid)))
  return data(await callDreamPlan(cb, 'submit', { idempotencyKey: newKey() }, openid))
}

/** Every document of a 圆梦计划 collection, by _id, through the SDK. */
export async function documents(cb: TestCloudbase, collection: keyof typeof DREAM_PLAN_COLLECTIONS): Promise<Record<string, any>[]> {
  const { data: docs } = await cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS[collection]).limit(1000).get()
  return [...docs].sort((a: { _id: string }, b: { _id: string }) => a._id.localeCompare(b._id))
}

/** All 圆梦计划 collections as JSON, to prove that a call changed nothing. */
export async function dreamPlanPicture(cb: TestCloudbase): Promise<string> {
  const names = Object.keys(DREAM_PLAN_COLLECTIONS) as (keyof typeof DREAM_PLAN_COLLECTIONS)[]
  const all = await Promise.all(names.map(async (n) => [n, await documents(cb, n)]))
  return JSON.stringify(all)
}

/** What the staff side (issue 7) will do: move an application to `status` with a staff history entry. */
export async function setStatus(cb: TestCloudbase, id: string, status: ApplicationStatus, extra: { reason?: string; stage?: 'street' | 'district' } = {}): Promise<void> {
  const db = cb.sdk.database()
  const _ = db.command
  const { data: [doc] } = await db.collection(DREAM_PLAN_COLLECTIONS.applications).doc(id).get()
  const entry: HistoryEntry = { at: new Date().toISOString(), from: doc.status, to: status, by: { role: 'street', staffId: 'staff-001' }, ...extra }
  await db
    .collection(DREAM_PLAN_COLLECTIONS.applications)
    .doc(id)
    .update({ status, version: _.inc(1), history: _.push([entry]), updatedAt: entry.at, ...(extra.stage ? { stage: extra.stage } : {}) })
}
