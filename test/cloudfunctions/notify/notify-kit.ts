// Applications with pending notices, written straight into the database (as dreamPlan's status
// changes would leave them), and the two grant ledgers: ours and WeChat's.
import type { ApplicationDoc, NoticeEntry, SubscriptionDoc } from '../../../contracts/dream-plan/documents'
import { subscriptionId } from '../../../cloudfunctions/_shared/dream-plan/subscriptions'
import type { TestCloudbase } from '../../helpers/local-cloudbase'

export const TEMPLATE = 'local-dream-plan-status'

let serial = 0

/** A notice in state pending, due now. */
export function notice(applicationId: string, i: number, over: Partial<NoticeEntry> = {}): NoticeEntry {
  return { id: `${applicationId}:${i}`, at: `2026-11-25T0${i}:3${i}:00.000Z`, status: 'in_review', stage: 'street', state: 'pending', attempts: 0, ...over }
}

/** Inserts an application of `openid` with these notices; returns its id. */
export async function insertApplication(cb: TestCloudbase, openid: string, notices: (id: string) => NoticeEntry[]): Promise<string> {
  serial += 1
  const id = `app${String(serial).padStart(5, '0')}`
  const list = notices(id)
  const doc: Partial<ApplicationDoc> = {
    _id: id,
    applicationNo: `2026-${String(serial).padStart(6, '0')}`,
    year: 2026,
    openid,
    status: 'in_review',
    version: 1,
    personKey: `person-${id}`,
    openKey: `${openid}:${id}`,
    notices: list,
    noticesPending: list.filter((n) => n.state === 'pending' || n.state === 'sending').length,
    submittedAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-25T00:00:00.000Z'
  }
  await cb.sdk.database().collection('dreamPlanApplications').add(doc)
  return id
}

/** Our ledger (dreamPlanSubscriptions) as dreamPlan's recordSubscription keeps it. */
export async function setOurGrants(cb: TestCloudbase, openid: string, count: number, templateId = TEMPLATE): Promise<void> {
  const doc: SubscriptionDoc = { _id: subscriptionId(openid), openid, grants: { [templateId]: count }, updatedAt: '2026-11-25T00:00:00.000Z' }
  await cb.sdk.database().collection('dreamPlanSubscriptions').doc(doc._id).set({ openid: doc.openid, grants: doc.grants, updatedAt: doc.updatedAt })
}

export async function ourGrants(cb: TestCloudbase, openid: string, templateId = TEMPLATE): Promise<number | undefined> {
  const res = await cb.sdk.database().collection('dreamPlanSubscriptions').doc(subscriptionId(openid)).get()
  return (res.data[0] as SubscriptionDoc | undefined)?.grants[templateId]
}

export async function application(cb: TestCloudbase, id: string): Promise<ApplicationDoc> {
  const res = await cb.sdk.database().collection('dreamPlanApplications').doc(id).get()
  return res.data[0] as ApplicationDoc
}

/** What a run of notify answers. */
export type { Summary } from '../../../cloudfunctions/notify/run'
import type { Summary } from '../../../cloudfunctions/notify/run'

export async function runNotify(cb: TestCloudbase): Promise<Summary> {
  const res = await cb.fireTimer<{ ok: true; data: Summary }>('notify')
  expect(res).toMatchObject({ ok: true })
  return res.data
}
